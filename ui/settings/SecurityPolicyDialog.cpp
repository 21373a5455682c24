#include "settings/SecurityPolicyDialog.h"

#include "orders/OrderDetailDialog.h"
#include "session/WaitCursor.h"
#include "storage/SettingsRepository.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

SecurityPolicyDialog::SecurityPolicyDialog(custos::Vault& vault, custos::Session& session, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_session(session)
{
    setObjectName(u"securityPolicyDialog"_s);
    setWindowTitle(tr("Security policy"));
    const SecurityPolicy p = session.policy().clamped();

    auto* intro = new QLabel(tr("These limits protect every account in this vault. They can be made stricter than "
                                "PCI DSS v4.0 requires, never weaker."),
                             this);
    intro->setWordWrap(true);

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
    m_minLength = addRow(u"minPasswordLengthSpin"_s, tr("Minimum password &length:"), 12, 128, p.minPasswordLength,
                         tr(" characters"), tr("PCI DSS 8.3.6: at least 12 characters."));
    m_maxAge = addRow(u"maxPasswordAgeSpin"_s, tr("Maximum password &age:"), 1, 90, p.maxPasswordAgeDays, tr(" days"),
                      tr("PCI DSS 8.3.9: passwords are changed at least every 90 days."));
    m_history = addRow(u"passwordHistorySpin"_s, tr("Password &history:"), 4, 24, p.passwordHistory, tr(" passwords"),
                       tr("PCI DSS 8.3.7: a new password differs from the last four or more."));
    m_maxFailed = addRow(u"maxFailedSignInsSpin"_s, tr("&Wrong passwords before lock-out:"), 1, 10, p.maxFailedSignIns,
                         QString(), tr("PCI DSS 8.3.4: lock an account after at most 10 wrong passwords."));
    m_lockout = addRow(u"lockoutMinutesSpin"_s, tr("Lock-out &duration:"), 30, 24 * 60, p.lockoutMinutes,
                       tr(" minutes"), tr("PCI DSS 8.3.4: a locked account stays locked for at least 30 minutes."));
    m_idleLock = addRow(u"idleLockMinutesSpin"_s, tr("&Idle lock after:"), 1, 15, p.idleLockMinutes, tr(" minutes"),
                        tr("PCI DSS 8.2.8: sign in again after at most 15 minutes without use."));
    m_storedRevealSeconds = OrderDetailDialog::revealSeconds(session);
    m_revealSeconds =
        addRow(u"revealSecondsSpin"_s, tr("Show a revealed card number &for:"), OrderDetailDialog::kMinRevealSeconds,
               OrderDetailDialog::kMaxRevealSeconds, m_storedRevealSeconds, tr(" seconds"),
               tr("PCI DSS 3.4.1: a full card number is masked again after this time, and a copied "
                  "one is cleared from the clipboard."));

    m_error = new QLabel(this);
    m_error->setObjectName(u"securityPolicyError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b71c1c;"_s);
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"securityPolicySaveButton"_s);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecurityPolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SecurityPolicyDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(m_grid);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(620);

    if (session.employee().role != Role::Owner) {
        for (QSpinBox* spin : {m_minLength, m_maxAge, m_history, m_maxFailed, m_lockout, m_idleLock, m_revealSeconds})
            spin->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        setError(tr("Only an owner can change the security policy."));
    }
    m_minLength->setFocus();
}

QSpinBox* SecurityPolicyDialog::addRow(const QString& objectName, const QString& label, int minimum, int maximum,
                                       int value, const QString& suffix, const QString& explanation)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    spin->setSuffix(suffix);
    spin->setMinimumWidth(130);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(spin);
    auto* note = new QLabel(explanation + u" "_s + tr("Allowed: %1–%2.").arg(minimum).arg(maximum), this);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: #555555; margin-bottom: 6px;"_s);
    spin->setToolTip(note->text());
    m_grid->addWidget(caption, m_rows, 0);
    m_grid->addWidget(spin, m_rows, 1, Qt::AlignLeft);
    m_grid->addWidget(note, m_rows + 1, 0, 1, 2);
    m_rows += 2;
    return spin;
}

QString SecurityPolicyDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SecurityPolicyDialog::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SecurityPolicyDialog::accept()
{
    SecurityPolicy policy = m_session.policy();
    policy.minPasswordLength = m_minLength->value();
    policy.maxPasswordAgeDays = m_maxAge->value();
    policy.passwordHistory = m_history->value();
    policy.maxFailedSignIns = m_maxFailed->value();
    policy.lockoutMinutes = m_lockout->value();
    policy.idleLockMinutes = m_idleLock->value();
    auto result = [&] {
        WaitCursor wait;
        return m_vault.setSecurityPolicy(m_session, policy);
    }();
    if (!result) {
        setError(result.errorMessage());
        return;
    }
    // Vault::setSecurityPolicy commits its own transaction (and the keyring with it), so the
    // reveal time is a second, separately audited save — only when it changed.
    if (const int seconds = m_revealSeconds->value(); seconds != m_storedRevealSeconds) {
        auto saved = saveRevealSeconds(seconds);
        if (!saved) {
            setError(tr("The password and lock-out settings were saved, but the reveal time was not: %1")
                         .arg(saved.errorMessage()));
            return;
        }
        m_storedRevealSeconds = seconds;
    }
    setError(QString());
    QDialog::accept();
}

Result<void> SecurityPolicyDialog::saveRevealSeconds(int seconds)
{
    if (m_session.employee().role != Role::Owner)
        return Error{tr("Only an owner can change the security policy."), Errc::Denied};
    auto tx = storage::Transaction::begin(m_session.database());
    if (!tx)
        return tx.error();
    CUSTOS_TRY(storage::SettingsRepository(m_session.database())
                   .setValue(QString::fromLatin1(OrderDetailDialog::kRevealSecondsSetting), QString::number(seconds)));
    CUSTOS_TRY(m_session.appendAudit(audit::kPolicyChanged, u"reveal_seconds"_s, audit::kSuccess,
                                     u"reveal_seconds=%1"_s.arg(seconds)));
    return tx->commit();
}

} // namespace custos::ui
