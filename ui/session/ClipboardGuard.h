#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>

class QMimeData;

namespace custos::ui {

// Remembers what Custos put on the clipboard (as a keyed digest, not the text) so that locking,
// signing out and the self-clearing timer can clear it — but only if it still holds our text,
// never something the user copied from another program since. Destroying the guard (the
// workspace goes at lock and sign-out) clears it too.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultClearAfter = std::chrono::seconds(30);

    // The hints that keep a secret out of clipboard managers and history: KDE Klipper (and the
    // managers that follow it) skip "x-kde-passwordManagerHint: secret"; Windows skips monitor
    // processing, clipboard history and cloud sync for the formats below.
    static constexpr const char* kKdePasswordHintFormat = "x-kde-passwordManagerHint";
    static constexpr const char* kWindowsExcludeMonitorFormat =
        "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\"";
    static constexpr const char* kWindowsHistoryFormat =
        "application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\"";
    static constexpr const char* kWindowsCloudFormat =
        "application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\"";

    explicit ClipboardGuard(QObject* parent = nullptr);
    ~ClipboardGuard() override;

    // Ordinary text (business details): stays until replaced, locked or signed out.
    void setText(const QString& text);
    // A secret (a card number): marked with the hints above and cleared after `clearAfter`
    // if the clipboard still holds it.
    void setSecret(const QString& text, std::chrono::milliseconds clearAfter = kDefaultClearAfter);
    // True when the clipboard still holds the text we put there.
    bool holdsOurText() const;
    // True while a secret waits for its timed clearing.
    bool clearPending() const { return m_timer.isActive(); }
    void clearIfOurs();

    // The clipboard data for a secret, with every hint set. The caller owns it.
    static QMimeData* secretMimeData(const QString& text);
    // Whether `data` carries the secret hints (for tests and the self-check).
    static bool isMarkedSecret(const QMimeData* data);

signals:
    // The clipboard was cleared by this guard (timer, lock or sign-out).
    void cleared();

private:
    QByteArray digestOf(const QString& text) const;

    // Random per guard: a bare SHA-256 of a card number could be searched back to its digits.
    QByteArray m_key;
    QByteArray m_digest;
    QTimer m_timer;
};

} // namespace custos::ui
