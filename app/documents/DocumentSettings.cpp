#include "documents/DocumentSettings.h"

#include "access/Staff.h"
#include "audit/AuditLog.h"
#include "storage/SettingsRepository.h"
#include "vault/Session.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

namespace custos::documents {
namespace {

const QString kPageSizeSetting = QStringLiteral("documents.page_size");
const QString kLogoSetting = QStringLiteral("documents.logo_png"); // base64 PNG

QString tr(const char* text)
{
    return QCoreApplication::translate("DocumentSettings", text);
}

} // namespace

QImage DocumentSettings::logo() const
{
    if (logoPng.isEmpty())
        return {};
    return QImage::fromData(logoPng, "PNG");
}

QString pageSizeToStorage(QPageSize::PageSizeId size)
{
    return size == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

QPageSize::PageSizeId pageSizeFromStorage(const QString& text)
{
    return text.trimmed().compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0 ? QPageSize::Letter
                                                                                     : QPageSize::A4;
}

QString pageSizeDisplayName(QPageSize::PageSizeId size)
{
    return size == QPageSize::Letter ? tr("Letter (8.5 × 11 in)") : tr("A4 (210 × 297 mm)");
}

Result<QByteArray> prepareLogo(const QByteArray& imageBytes)
{
    if (imageBytes.isEmpty())
        return Error{tr("The logo file is empty."), Errc::Invalid};
    if (imageBytes.size() > kMaxLogoInputBytes)
        return Error{tr("The logo file is too large (%1 KB); choose an image of at most 1 MB.")
                         .arg((imageBytes.size() + 1023) / 1024),
                     Errc::Invalid};
    QBuffer buffer;
    buffer.setData(imageBytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // A decompression bomb (a small file claiming a huge canvas) is refused before decoding.
    const QSize claimed = reader.size();
    if (claimed.isValid() && qint64(claimed.width()) * claimed.height() > 40'000'000)
        return Error{tr("The logo image is too large (%1 × %2 pixels).").arg(claimed.width()).arg(claimed.height()),
                     Errc::Invalid};
    QImage image = reader.read();
    if (image.isNull())
        return Error{tr("This file is not an image Custos can read (use PNG or JPEG)."), Errc::Invalid};
    if (image.width() < 8 || image.height() < 8)
        return Error{tr("The logo image is too small (%1 × %2 pixels).").arg(image.width()).arg(image.height()),
                     Errc::Invalid};
    if (image.width() > kMaxLogoWidth || image.height() > kMaxLogoHeight)
        image = image.scaled(kMaxLogoWidth, kMaxLogoHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    if (!image.save(&out, "PNG"))
        return Error{tr("Could not convert the logo to PNG."), Errc::Failed};
    return png;
}

Result<QByteArray> prepareLogoFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error{tr("There is no file %1.").arg(path), Errc::NotFound};
    if (file.size() > kMaxLogoInputBytes)
        return Error{
            tr("The logo file is too large (%1 KB); choose an image of at most 1 MB.").arg((file.size() + 1023) / 1024),
            Errc::Invalid};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString()), Errc::Io};
    return prepareLogo(file.read(kMaxLogoInputBytes + 1));
}

Result<DocumentSettings> loadDocumentSettings(storage::Database& db)
{
    storage::SettingsRepository repo(db);
    DocumentSettings settings;
    auto size = repo.value(kPageSizeSetting);
    if (!size)
        return size.error();
    settings.pageSize = pageSizeFromStorage(size.value());
    auto logo = repo.value(kLogoSetting);
    if (!logo)
        return logo.error();
    if (!logo->isEmpty()) {
        const QByteArray png = QByteArray::fromBase64(logo->toLatin1());
        if (!QImage::fromData(png, "PNG").isNull()) // a damaged value prints no logo rather than garbage
            settings.logoPng = png;
    }
    return settings;
}

Result<void> saveDocumentSettings(Session& session, const DocumentSettings& settings)
{
    CUSTOS_TRY(access::requirePermission(session, access::Permission::ManageSettings, audit::kDocumentSettingsChanged,
                                         QStringLiteral("settings:documents")));
    if (settings.pageSize != QPageSize::A4 && settings.pageSize != QPageSize::Letter)
        return Error{tr("Documents are printed on A4 or Letter paper."), Errc::Invalid};
    QByteArray png;
    if (settings.hasLogo()) {
        auto prepared = prepareLogo(settings.logoPng);
        if (!prepared)
            return prepared.error();
        png = prepared.value();
    }
    auto tx = storage::Transaction::begin(session.database());
    if (!tx)
        return tx.error();
    storage::SettingsRepository repo(session.database());
    CUSTOS_TRY(repo.setValue(kPageSizeSetting, pageSizeToStorage(settings.pageSize)));
    CUSTOS_TRY(repo.setValue(kLogoSetting, QString::fromLatin1(png.toBase64())));
    CUSTOS_TRY(session.appendAudit(audit::kDocumentSettingsChanged, QStringLiteral("settings:documents"),
                                   audit::kSuccess,
                                   QStringLiteral("page_size=%1 logo=%2")
                                       .arg(pageSizeToStorage(settings.pageSize),
                                            png.isEmpty() ? QStringLiteral("none") : QStringLiteral("set"))));
    return tx->commit();
}

} // namespace custos::documents
