#include "customers/EraseCustomerDialog.h"

#include "session/WaitCursor.h"
#include "setup/FormStyle.h"
#include "vault/Session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

EraseCustomerDialog::EraseCustomerDialog(custos::Session& session, qint64 customerId, QWidget* parent)
    : QDialog(parent), m_session(session), m_customerId(customerId)
{
    setObjectName(u"eraseCustomerDialog"_s);
    setWindowTitle(tr("Erase customer"));
    setMinimumWidth(560);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"eraseSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_error = makeInlineError(this, u"eraseError"_s);

    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"eraseConfirmEdit"_s);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"eraseReasonEdit"_s);
    m_reason->setMaxLength(custos::CustomerRights::kMaxReasonLength);
    m_reason->setPlaceholderText(tr("e.g. customer's letter of 2 May asking to be forgotten"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"eraseCertificateEdit"_s);
    m_browse = new QPushButton(tr("&Choose…"), this);
    m_browse->setObjectName(u"eraseCertificateBrowse"_s);
    m_browse->setAutoDefault(false);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Type the name or ERASE:"), m_confirm);
    form->addRow(tr("&Reason:"), m_reason);
    auto* pathLabel = new QLabel(tr("Save the &certificate to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    auto* buttons = new QDialogButtonBox(this);
    m_eraseButton = buttons->addButton(tr("&Erase"), QDialogButtonBox::AcceptRole);
    m_eraseButton->setObjectName(u"eraseButton"_s);
    m_eraseButton->setDefault(true);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"eraseCancelButton"_s);
    connect(m_eraseButton, &QPushButton::clicked, this, &EraseCustomerDialog::erase);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &EraseCustomerDialog::chooseCertificatePath);
    for (QLineEdit* edit : {m_confirm, m_reason, m_path})
        connect(edit, &QLineEdit::textChanged, this, &EraseCustomerDialog::updateButton);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    auto plan = custos::CustomerRights(m_session).planErasure(customerId);
    if (!plan) {
        m_summary->setText(plan.errorMessage().toHtmlEscaped());
    } else {
        m_plan = plan.value();
        const QString name = m_plan->customerName.toHtmlEscaped();
        if (!m_plan->canErase()) {
            m_summary->setText(u"<p><b>%1</b></p><p>%2</p>"_s.arg(
                tr("%1 cannot be erased yet.").arg(name),
                custos::CustomerRights::openOrdersRefusal(m_plan->openOrders).toHtmlEscaped()));
        } else {
            QString html =
                u"<p><b>%1</b></p><ul>"_s.arg(tr("Erase the personal data of %1? This cannot be undone.").arg(name));
            html +=
                u"<li>%1</li>"_s.arg(tr("Name, address, phone number and email are removed; the record becomes “%1”.")
                                         .arg(custos::CustomerRights::tombstoneName(customerId))
                                         .toHtmlEscaped());
            const QString orders = m_plan->ordersKept == 1
                                       ? tr("1 order is kept for the accounts, without notes or card holder name.")
                                       : tr("%1 orders are kept for the accounts, without notes or card holder names.")
                                             .arg(m_plan->ordersKept);
            const QString cards = m_plan->pansToDestroy == 0 ? tr("No stored card number is left to destroy.")
                                  : m_plan->pansToDestroy == 1
                                      ? tr("1 stored card number will be destroyed.")
                                      : tr("%1 stored card numbers will be destroyed.").arg(m_plan->pansToDestroy);
            html += u"<li>%1</li><li>%2</li>"_s.arg(orders.toHtmlEscaped(), cards.toHtmlEscaped());
            html += u"<li>%1</li></ul>"_s.arg(
                tr("A signed erasure certificate is saved for the customer; Custos keeps no copy of it.")
                    .toHtmlEscaped());
            m_summary->setText(html);
        }
        m_path->setText(QDir::toNativeSeparators(
            QDir::home().filePath(tr("erasure-certificate-customer-%1-%2.pdf")
                                      .arg(customerId)
                                      .arg(m_session.clock().nowUtc().toLocalTime().date().toString(Qt::ISODate)))));
    }
    for (QWidget* w : {static_cast<QWidget*>(m_confirm), static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_path),
                       static_cast<QWidget*>(m_browse)})
        w->setEnabled(canErase());
    m_confirm->setFocus();
    updateButton();
}

bool EraseCustomerDialog::confirmationMatches() const
{
    const QString typed = m_confirm->text().trimmed();
    return m_plan && (typed == QLatin1String("ERASE") ||
                      typed.compare(m_plan->customerName.simplified(), Qt::CaseInsensitive) == 0);
}

void EraseCustomerDialog::updateButton()
{
    const bool ready = canErase() && confirmationMatches() && !m_reason->text().trimmed().isEmpty() &&
                       !m_path->text().trimmed().isEmpty();
    m_eraseButton->setEnabled(ready);
    if (!canErase())
        m_eraseButton->setToolTip(tr("Not possible now: see above."));
    else if (!confirmationMatches())
        m_eraseButton->setToolTip(tr("Type the customer's name exactly, or ERASE, to confirm."));
    else if (m_reason->text().trimmed().isEmpty())
        m_eraseButton->setToolTip(tr("Say why the customer is erased."));
    else
        m_eraseButton->setToolTip(tr("Erase now and save the certificate"));
}

void EraseCustomerDialog::chooseCertificatePath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the erasure certificate"), m_path->text(),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void EraseCustomerDialog::erase()
{
    if (!m_eraseButton->isEnabled())
        return;
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    Result<custos::CustomerRights::ErasureResult> erased = Error{};
    {
        WaitCursor wait;
        erased = custos::CustomerRights(m_session).erase(m_customerId, m_reason->text(), path);
    }
    if (!erased) {
        // Nothing was erased: the dialog stays so the path or the reason can be corrected.
        showInlineError(m_error, erased.errorMessage());
        return;
    }
    m_result = erased.value();
    emit customerErased(m_customerId);
    accept();
}

} // namespace custos::ui
