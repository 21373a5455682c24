#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;

namespace custos {
class Session;
}

namespace custos::ui {

// Settings → Signing key: the fingerprint printed on every signed document, the date the key
// was made, retired keys, exporting the public key as PEM and the OpenSSL command that checks a
// signature with it.
class SigningKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SigningKeyDialog(custos::Session& session, QWidget* parent = nullptr);

    // Test hook: where the next "Export public key…" writes, without a file dialog.
    void setNextExportPathForTest(const QString& path) { m_nextExportPath = path; }

private:
    void exportKey();
    void copyFingerprint();
    void setMessage(const QString& text, bool error);

    custos::Session& m_session;
    QString m_fingerprint;
    QLabel* m_message = nullptr;
    QString m_nextExportPath;
};

} // namespace custos::ui
