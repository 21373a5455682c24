#include "settings/SigningKeyDialog.h"

#include "documents/Signing.h"
#include "vault/Session.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace custos::ui {

using namespace Qt::StringLiterals;

namespace {

const QString kOpensslCommand =
    u"openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in FILE -sigfile FILE.sig"_s;

QLabel* selectableLabel(const QString& text, QWidget* parent, bool monospace)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    if (monospace)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

QString dayText(const QDateTime& t)
{
    return t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

SigningKeyDialog::SigningKeyDialog(custos::Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(u"signingKeyDialog"_s);
    setWindowTitle(tr("Signing key"));
    setMinimumWidth(720);

    auto* intro = new QLabel(tr("Custos signs the reports and documents it issues with this business's key. The "
                                "fingerprint is printed on each of them; give the public key (PEM) to auditors, "
                                "banks or customers so they can check a document has not been altered. To "
                                "replace the key, use Settings → Keys…."),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    auto keys = documents::signingKeys(session.database());
    QLabel* fingerprint = nullptr;
    QLabel* created = nullptr;
    QStringList retired;
    if (keys && !keys->isEmpty() && keys->first().isCurrent()) {
        const documents::SigningKeyInfo& current = keys->first();
        m_fingerprint = current.fingerprint;
        fingerprint = selectableLabel(current.fingerprint, this, true);
        created = selectableLabel(dayText(current.createdAt), this, false);
        for (const documents::SigningKeyInfo& k : keys.value())
            if (!k.isCurrent())
                retired
                    << tr("%1 (made %2, retired %3)").arg(k.fingerprint, dayText(k.createdAt), dayText(k.retiredAt));
    } else {
        fingerprint = selectableLabel(keys ? tr("This vault has no signing key.") : keys.errorMessage(), this, false);
        created = selectableLabel(QString(), this, false);
    }
    fingerprint->setObjectName(u"fingerprintLabel"_s);
    created->setObjectName(u"createdLabel"_s);
    form->addRow(tr("Fingerprint (SHA-256):"), fingerprint);
    form->addRow(tr("Made:"), created);
    auto* retiredLabel = selectableLabel(retired.isEmpty() ? tr("none") : retired.join(u'\n'), this, true);
    retiredLabel->setObjectName(u"retiredKeysLabel"_s);
    form->addRow(tr("Retired keys:"), retiredLabel);

    auto* command = new QLineEdit(kOpensslCommand, this);
    command->setObjectName(u"opensslCommand"_s);
    command->setReadOnly(true);
    command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command->setCursorPosition(0);
    auto* commandHelp = new QLabel(tr("Anyone can check a signed FILE with its FILE.sig and the exported key, "
                                      "without Custos (OpenSSL 3), or with: custos-cli verify FILE --key "
                                      "signing-key.pem"),
                                   this);
    commandHelp->setWordWrap(true);
    commandHelp->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* exportButton = new QPushButton(tr("&Export public key…"), this);
    exportButton->setObjectName(u"exportKeyButton"_s);
    auto* copyButton = new QPushButton(tr("Copy &fingerprint"), this);
    copyButton->setObjectName(u"copyFingerprintButton"_s);
    exportButton->setEnabled(!m_fingerprint.isEmpty());
    copyButton->setEnabled(!m_fingerprint.isEmpty());
    auto* actions = new QHBoxLayout;
    actions->addWidget(exportButton);
    actions->addWidget(copyButton);
    actions->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"signingKeyMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setVisible(false);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(u"signingKeyButtons"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Verify with OpenSSL:"), this));
    layout->addWidget(command);
    layout->addWidget(commandHelp);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(exportButton, &QPushButton::clicked, this, &SigningKeyDialog::exportKey);
    connect(copyButton, &QPushButton::clicked, this, &SigningKeyDialog::copyFingerprint);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    exportButton->setFocus(Qt::OtherFocusReason);
}

void SigningKeyDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b3261e; font-weight: 600;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

void SigningKeyDialog::exportKey()
{
    QString path = std::exchange(m_nextExportPath, QString());
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export public signing key"),
                                            QDir::home().filePath(u"signing-key.pem"_s), tr("PEM public keys (*.pem)"));
        if (path.isEmpty())
            return;
    }
    auto exported = documents::exportSigningKey(m_session, path);
    if (!exported) {
        setMessage(exported.errorMessage(), true);
        return;
    }
    setMessage(tr("Public key saved to %1. Fingerprint: %2").arg(QDir::toNativeSeparators(path), m_fingerprint), false);
}

void SigningKeyDialog::copyFingerprint()
{
    // The fingerprint is public (it is printed on every document): the plain clipboard is fine.
    QGuiApplication::clipboard()->setText(m_fingerprint);
    setMessage(tr("Fingerprint copied."), false);
}

} // namespace custos::ui
