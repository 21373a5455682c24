#include "staff/AddEmployeeDialog.h"

#include "access/Staff.h"
#include "setup/FormStyle.h"
#include "staff/OneTimePasswordView.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

namespace {

QString roleHint(Role role)
{
    switch (role) {
    case Role::Clerk:
        return AddEmployeeDialog::tr("Takes orders and looks after customers. Sees the last 4 digits of a card only.");
    case Role::Manager:
        return AddEmployeeDialog::tr("A clerk's work, plus staff, background checks, card access grants and the "
                                     "audit log. Sees full card numbers only when screened and granted.");
    case Role::Owner:
        return AddEmployeeDialog::tr("Everything, including settings and other managers and owners.");
    }
    return {};
}

} // namespace

AddEmployeeDialog::AddEmployeeDialog(custos::access::StaffService& staff, const custos::access::Actor& actor,
                                     ClipboardGuard& clipboard, QWidget* parent)
    : QDialog(parent), m_staff(staff)
{
    setObjectName(u"addEmployeeDialog"_s);
    setWindowTitle(tr("Add employee"));

    auto* form = new QWidget(this);
    m_fullName = new QLineEdit(form);
    m_fullName->setObjectName(u"newFullNameEdit"_s);
    m_fullName->setPlaceholderText(tr("e.g. Carla Jones"));
    m_fullName->setMaxLength(100);
    m_username = new QLineEdit(form);
    m_username->setObjectName(u"newUsernameEdit"_s);
    m_username->setPlaceholderText(tr("e.g. carla"));
    m_username->setMaxLength(32);
    m_role = new QComboBox(form);
    m_role->setObjectName(u"roleCombo"_s);
    for (Role role : {Role::Clerk, Role::Manager, Role::Owner}) {
        // Only the roles this actor may give; the service checks again.
        if (custos::access::decideStaffChange(actor, 0, role))
            m_role->addItem(roleDisplayName(role), int(role));
    }
    m_roleHint = makeHint(QString(), form, u"roleHint"_s);
    m_error = makeInlineError(form, u"addEmployeeError"_s);

    auto* intro = makeHint(tr("Custos makes a one-time password for the new employee. They sign in with it once and "
                              "then choose their own."),
                           form, u"addEmployeeIntro"_s);
    auto* formLayout = new QFormLayout;
    formLayout->addRow(tr("&Full name:"), m_fullName);
    formLayout->addRow(tr("&User name:"), m_username);
    formLayout->addRow(tr("&Role:"), m_role);
    formLayout->addRow(QString(), m_roleHint);
    auto* formPageLayout = new QVBoxLayout(form);
    formPageLayout->setContentsMargins(0, 0, 0, 0);
    formPageLayout->setSpacing(10);
    formPageLayout->addWidget(intro);
    formPageLayout->addLayout(formLayout);
    formPageLayout->addWidget(m_error);
    formPageLayout->addStretch(1);

    m_passwordView = new OneTimePasswordView(clipboard, this);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(form);
    m_pages->addWidget(m_passwordView);

    m_buttons = new QDialogButtonBox(this);
    m_addButton = m_buttons->addButton(tr("&Add employee"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(u"confirmAddButton"_s);
    m_addButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_doneButton = m_buttons->addButton(tr("&Done"), QDialogButtonBox::RejectRole);
    m_doneButton->setObjectName(u"doneButton"_s);
    m_doneButton->setVisible(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddEmployeeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    connect(m_fullName, &QLineEdit::textChanged, this, &AddEmployeeDialog::suggestUsername);
    connect(m_username, &QLineEdit::textEdited, this, [this] { m_usernameEdited = !m_username->text().isEmpty(); });
    connect(m_username, &QLineEdit::textChanged, this, [this] { showInlineError(m_error, {}); });
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_roleHint->setText(roleHint(Role(m_role->currentData().toInt()))); });
    m_roleHint->setText(roleHint(Role(m_role->currentData().toInt())));
    if (m_role->count() == 1)
        m_role->setToolTip(tr("Only an owner can add a manager or an owner."));

    setTabOrder(m_fullName, m_username);
    setTabOrder(m_username, m_role);
    m_fullName->setFocus();
    setMinimumWidth(520);
}

AddEmployeeDialog::~AddEmployeeDialog() = default;

bool AddEmployeeDialog::isShowingPassword() const
{
    return m_pages->currentWidget() == m_passwordView;
}

void AddEmployeeDialog::suggestUsername()
{
    if (m_usernameEdited)
        return;
    // The first name, lower case, letters only: what most small shops use. Editable.
    const QString first = m_fullName->text().trimmed().section(QLatin1Char(' '), 0, 0).toLower();
    QString suggestion;
    for (QChar c : first.normalized(QString::NormalizationForm_D))
        if (c.isLetterOrNumber() && c.unicode() < 128)
            suggestion += c;
    m_username->setText(suggestion);
}

void AddEmployeeDialog::accept()
{
    if (isShowingPassword()) {
        done(QDialog::Accepted);
        return;
    }
    add();
}

void AddEmployeeDialog::add()
{
    const QString fullName = m_fullName->text().trimmed();
    const QString username = m_username->text().trimmed();
    if (fullName.isEmpty()) {
        showInlineError(m_error, tr("Enter the employee's full name."));
        m_fullName->setFocus();
        return;
    }
    if (const QString problem = validateUsername(username); !problem.isEmpty()) {
        showInlineError(m_error, problem);
        m_username->setFocus();
        m_username->selectAll();
        return;
    }
    if (m_role->count() == 0) {
        showInlineError(m_error, tr("You may not add employees."));
        return;
    }
    custos::NewVaultAccount account;
    account.username = username;
    account.fullName = fullName;
    account.role = Role(m_role->currentData().toInt());
    account.mustChangePassword = true; // empty password: the vault generates a one-time one
    auto added = m_staff.add(account);
    if (!added) {
        showInlineError(m_error, added.errorMessage());
        return;
    }
    QString& password = added.value();
    m_passwordView->setAccount(fullName, username, password);
    password.fill(QLatin1Char(' '));
    setWindowTitle(tr("Employee added"));
    m_pages->setCurrentWidget(m_passwordView);
    m_addButton->setVisible(false);
    m_cancelButton->setVisible(false);
    m_doneButton->setVisible(true);
    m_doneButton->setDefault(true);
    m_passwordView->copyButton()->setFocus();
    emit employeeAdded(username);
}

void AddEmployeeDialog::done(int result)
{
    m_passwordView->wipe();
    QDialog::done(result);
}

} // namespace custos::ui
