#include "staff/GrantDialog.h"

#include "access/Disclosure.h"
#include "setup/FormStyle.h"
#include "staff/StaffStyle.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace custos::ui {

using custos::access::Disclosure;
using custos::access::Permission;
using custos::access::StaffMember;

QString GrantDialog::refusal(const custos::access::Actor& actor, const StaffMember& grantee)
{
    if (const auto mine = custos::access::decide(actor, Permission::GrantDisclosure); !mine)
        return mine.reason;
    // Only a holder can pass the key on: it is unsealed with the giver's own grant.
    if (!actor.holdsCardDataGrant)
        return tr("You hold no card access yourself, so you cannot pass it on.");
    const QString name = grantee.employee.fullName;
    if (!grantee.employee.active)
        return tr("%1's account is deactivated.").arg(name);
    if (grantee.employee.id == actor.employeeId)
        return tr("Nobody can give card access to themselves: ask another manager or the owner.");
    if (!custos::access::roleHas(grantee.employee.role, Permission::RevealCardNumber))
        return tr("%1's role, %2, never sees full card numbers: only a screened manager or owner can receive card "
                  "access.")
            .arg(name, roleDisplayName(grantee.employee.role));
    switch (grantee.screening) {
    case custos::ScreeningStatus::Cleared:
        return {};
    case custos::ScreeningStatus::NotScreened:
        return tr("%1 has no background check on record. Card access needs a cleared, unexpired check: record one "
                  "first.")
            .arg(name);
    case custos::ScreeningStatus::Pending:
        return tr("%1's background check is still pending. Card access needs a cleared check.").arg(name);
    case custos::ScreeningStatus::Failed:
        return tr("%1's background check failed. Card access needs a cleared check.").arg(name);
    case custos::ScreeningStatus::Expired:
        return tr("%1's background check has expired. Record a new cleared check first.").arg(name);
    }
    return {};
}

QDate GrantDialog::defaultUntil(const StaffMember& grantee, const QDate& today)
{
    const QDate year = today.addDays(Disclosure::kDefaultGrantDays);
    return grantee.clearedUntil.isValid() ? std::min(year, grantee.clearedUntil) : year;
}

GrantDialog::GrantDialog(custos::Session& session, const custos::access::Actor& actor, const StaffMember& grantee,
                         const QDate& today, QWidget* parent)
    : QDialog(parent), m_session(session), m_grantee(grantee), m_today(today), m_refusal(refusal(actor, grantee))
{
    setObjectName(u"grantDialog"_s);
    setWindowTitle(tr("Card access — %1").arg(grantee.employee.fullName));

    auto* heading = new QLabel(tr("Give card access to %1").arg(grantee.employee.fullName), this);
    heading->setTextFormat(Qt::PlainText);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    heading->setFont(big);

    auto* explanation = makeHint(
        tr("Card access lets them open a full card number, one order at a time, each time giving a reason that goes "
           "into the audit log. It ends on the date below or when their background check lapses, whichever comes "
           "first, and you can revoke it at any time."),
        this, u"grantExplanation"_s);

    QString screening = custos::screeningStatusDisplayName(grantee.screening);
    if (grantee.screening == custos::ScreeningStatus::Cleared && grantee.clearedUntil.isValid())
        screening = tr("%1 until %2").arg(screening, shortDate(grantee.clearedUntil));
    auto* roleLabel = new QLabel(roleDisplayName(grantee.employee.role), this);
    roleLabel->setObjectName(u"granteeRoleLabel"_s);
    auto* screeningLabel = new QLabel(screening, this);
    screeningLabel->setObjectName(u"granteeScreeningLabel"_s);
    screeningLabel->setStyleSheet(statusBadgeStyle(screeningColor(grantee.screening)));

    m_refusedLabel = new QLabel(this);
    m_refusedLabel->setObjectName(u"grantRefusedLabel"_s);
    m_refusedLabel->setWordWrap(true);
    m_refusedLabel->setTextFormat(Qt::PlainText);
    m_refusedLabel->setStyleSheet(u"#grantRefusedLabel { background: #fdecea; border: 1px solid #e6a19b;"
                                  " border-radius: 4px; padding: 8px 10px; color: #7a1712; }"_s);
    m_refusedLabel->setText(m_refusal.isEmpty() ? QString() : tr("Not possible: %1").arg(m_refusal));
    m_refusedLabel->setVisible(!m_refusal.isEmpty());

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"grantReasonEdit"_s);
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("The business need, e.g. handles chargebacks and refunds by phone"));
    m_until = new QDateEdit(defaultUntil(grantee, today), this);
    m_until->setObjectName(u"grantUntilEdit"_s);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_until->setMinimumDate(today);
    if (grantee.clearedUntil.isValid() && grantee.clearedUntil >= today)
        m_until->setMaximumDate(grantee.clearedUntil);
    m_until->setToolTip(tr("The last day of access. It cannot outlast the background check."));
    m_error = makeInlineError(this, u"grantError"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("Role:"), roleLabel);
    form->addRow(tr("Background check:"), screeningLabel);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Access &until:"), m_until);

    auto* buttons = new QDialogButtonBox(this);
    m_grant = buttons->addButton(tr("&Grant access"), QDialogButtonBox::AcceptRole);
    m_grant->setObjectName(u"grantButton"_s);
    m_grant->setDefault(true);
    buttons->addButton(m_refusal.isEmpty() ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &GrantDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_refusedLabel);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        if (m_error->isVisible())
            showInlineError(m_error, Disclosure::validateReason(m_reason->text().trimmed()));
    });

    if (!m_refusal.isEmpty()) {
        // Nothing to fill in: the dialog only says why.
        m_reason->setEnabled(false);
        m_until->setEnabled(false);
        form->setRowVisible(m_reason, false);
        form->setRowVisible(m_until, false);
        m_grant->setVisible(false);
        buttons->button(QDialogButtonBox::Close)->setFocus();
    } else {
        m_reason->setFocus();
    }
    setMinimumWidth(540);
}

void GrantDialog::accept()
{
    if (!m_refusal.isEmpty())
        return;
    const QString reason = m_reason->text().trimmed();
    if (const QString problem = Disclosure::validateReason(reason); !problem.isEmpty()) {
        showInlineError(m_error, problem);
        m_reason->setFocus();
        return;
    }
    auto result = Disclosure(m_session).grant(m_grantee.employee.id, reason, m_until->date());
    if (!result) {
        showInlineError(m_error, result.errorMessage());
        return;
    }
    emit granted(m_grantee.employee.id);
    QDialog::accept();
}

} // namespace custos::ui
