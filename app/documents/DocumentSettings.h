#pragma once

// How Custos's printed documents look for this business: the paper size (A4 or US Letter) and
// the logo printed at the top of order forms and confirmations. Kept in the vault's settings.

#include "core/Result.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QString>

namespace custos {
class Session;
}

namespace custos::documents {

inline constexpr qsizetype kMaxLogoInputBytes = 1024 * 1024; // the file an owner picks
inline constexpr int kMaxLogoWidth = 600;                    // pixels, after scaling on save
inline constexpr int kMaxLogoHeight = 300;

struct DocumentSettings
{
    QPageSize::PageSizeId pageSize = QPageSize::A4; // A4 or Letter
    QByteArray logoPng;                             // empty: no logo

    bool hasLogo() const { return !logoPng.isEmpty(); }
    QImage logo() const; // null when there is none
};

// "a4" / "letter" and back; unknown text gives A4.
QString pageSizeToStorage(QPageSize::PageSizeId size);
QPageSize::PageSizeId pageSizeFromStorage(const QString& text);
// "A4 (210 × 297 mm)", "Letter (8.5 × 11 in)", translated.
QString pageSizeDisplayName(QPageSize::PageSizeId size);

// Checks an image an owner chose (PNG, JPEG, ...: at most kMaxLogoInputBytes, a real image) and
// returns it as PNG, scaled down to fit kMaxLogoWidth × kMaxLogoHeight. Errc::Invalid with a
// message saying what is wrong.
Result<QByteArray> prepareLogo(const QByteArray& imageBytes);
// The same from a file (Errc::Io / NotFound when it cannot be read).
Result<QByteArray> prepareLogoFile(const QString& path);

// The stored settings; defaults (A4, no logo) for anything unset or unreadable.
Result<DocumentSettings> loadDocumentSettings(storage::Database& db);
// Owner (ManageSettings); one transaction audited as settings.documents (details: the paper
// size and whether a logo is set, never the image). The logo is checked again (prepareLogo).
Result<void> saveDocumentSettings(Session& session, const DocumentSettings& settings);

} // namespace custos::documents
