#include "setup/OwnerPage.h"

#include "common/PasswordStrengthMeter.h"
#include "domain/Employee.h"
#include "setup/FormStyle.h"
#include "setup/SetupState.h"
#include "vault/PasswordPolicy.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

OwnerPage::OwnerPage(SetupState& state, QWidget* parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"ownerPage"_s);
    setTitle(tr("Your owner account"));
    setSubTitle(tr("The owner can do everything: add staff, decide who may see card numbers, export reports."));

    const SecurityPolicy policy = PasswordPolicy().policy();

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"ownerNameEdit"_s);
    m_nameEdit->setMaxLength(100);
    m_nameEdit->setPlaceholderText(tr("e.g. Mary Hollis"));
    m_usernameEdit = new QLineEdit(this);
    m_usernameEdit->setObjectName(u"ownerUsernameEdit"_s);
    m_usernameEdit->setMaxLength(32);
    m_usernameEdit->setPlaceholderText(tr("For signing in, e.g. mary"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(u"ownerPasswordEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(u"ownerConfirmEdit"_s);
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    for (QLineEdit* edit : {m_passwordEdit, m_confirmEdit})
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_meter = new PasswordStrengthMeter(this);
    m_meter->setObjectName(u"strengthMeter"_s);
    m_meter->setMinimumLength(policy.minPasswordLength);
    m_showCheck = new QCheckBox(tr("&Show password"), this);
    m_showCheck->setObjectName(u"showPasswordCheck"_s);

    auto* note = makeHint(tr("A good password is long and yours alone: at least %1 characters (PCI DSS 8.3.6). "
                             "Three or four unrelated words work well; avoid your name and the business's name. "
                             "Custos asks for a new one every %2 days.")
                              .arg(policy.minPasswordLength)
                              .arg(policy.maxPasswordAgeDays),
                          this, u"passwordNote"_s);
    m_error = makeInlineError(this, u"ownerError"_s);

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Full name"), m_nameEdit);
    form->addRow(tr("&User name"), m_usernameEdit);
    form->addRow(tr("&Password"), m_passwordEdit);
    form->addRow(QString(), m_meter);
    form->addRow(tr("C&onfirm password"), m_confirmEdit);
    form->addRow(QString(), m_showCheck);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addStretch(1);

    setTabOrder(m_nameEdit, m_usernameEdit);
    setTabOrder(m_usernameEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_confirmEdit);
    setTabOrder(m_confirmEdit, m_showCheck);

    connect(m_nameEdit, &QLineEdit::textEdited, this, &OwnerPage::onFullNameEdited);
    connect(m_usernameEdit, &QLineEdit::textEdited, this, [this] { m_usernameTouched = true; });
    connect(m_nameEdit, &QLineEdit::textChanged, this, &OwnerPage::updateMeter);
    connect(m_usernameEdit, &QLineEdit::textChanged, this, &OwnerPage::updateMeter);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &OwnerPage::updateMeter);
    // A stale "passwords do not match" next to fixed fields misleads: clear it on any edit.
    for (QLineEdit* edit : {m_nameEdit, m_usernameEdit, m_passwordEdit, m_confirmEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { showInlineError(m_error, QString()); });
    connect(m_showCheck, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_passwordEdit->setEchoMode(mode);
        m_confirmEdit->setEchoMode(mode);
    });
}

QString OwnerPage::suggestUsername(const QString& fullName)
{
    const QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto ascii = [](const QString& word) {
        QString out;
        // "José" -> "Jose": decompose, then keep what a user name allows.
        for (QChar c : word.normalized(QString::NormalizationForm_KD).toLower()) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'_')
                out.append(c);
        }
        while (!out.isEmpty() && !(out.front() >= u'a' && out.front() <= u'z'))
            out.remove(0, 1);
        return out;
    };
    if (words.isEmpty())
        return {};
    QString name = ascii(words.front());
    if (name.size() < 3 && words.size() > 1) // "Al Smith" -> "al.smith"
        name = name.isEmpty() ? ascii(words.back()) : name + QLatin1Char('.') + ascii(words.back());
    return name.left(32);
}

void OwnerPage::onFullNameEdited(const QString& fullName)
{
    if (!m_usernameTouched || m_usernameEdit->text().isEmpty()) {
        m_usernameTouched = false;
        m_usernameEdit->setText(suggestUsername(fullName));
    }
}

QStringList OwnerPage::userInputs() const
{
    // The same words Vault::create checks the password against, so the page and the vault agree.
    return {m_usernameEdit->text().trimmed(), m_nameEdit->text().simplified(), m_state.profile.legalName};
}

void OwnerPage::updateMeter()
{
    m_meter->setUserInputs(userInputs());
    QString typed = m_passwordEdit->text();
    m_meter->setPassword(typed);
    crypto::wipe(typed);
}

void OwnerPage::initializePage()
{
    updateMeter();
    m_nameEdit->setFocus(Qt::OtherFocusReason);
}

bool OwnerPage::fail(QLineEdit* field, const QString& message)
{
    showInlineError(m_error, message);
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
    return false;
}

bool OwnerPage::validatePage()
{
    const QString fullName = m_nameEdit->text().simplified();
    const QString username = m_usernameEdit->text().trimmed();
    if (fullName.isEmpty())
        return fail(m_nameEdit, tr("Enter your full name."));
    if (const QString problem = validateUsername(username); !problem.isEmpty())
        return fail(m_usernameEdit, problem);

    QString typed = m_passwordEdit->text();
    QString confirm = m_confirmEdit->text();
    QString problem;
    QLineEdit* field = m_passwordEdit;
    if (typed.isEmpty()) {
        problem = tr("Choose a password for your owner account.");
    } else if (auto check = PasswordPolicy().check(typed, userInputs()); !check) {
        problem = check.errorMessage();
    } else if (confirm != typed) {
        problem = confirm.isEmpty() ? tr("Type the password a second time under \"Confirm password\".")
                                    : tr("The two passwords do not match. Type the same password in both fields.");
        field = m_confirmEdit;
    }
    crypto::wipe(typed);
    crypto::wipe(confirm);
    if (!problem.isEmpty())
        return fail(field, problem);

    showInlineError(m_error, QString());
    m_state.ownerFullName = fullName;
    m_state.ownerUsername = username;
    return true;
}

crypto::SecureBytes OwnerPage::password() const
{
    QString typed = m_passwordEdit->text();
    crypto::SecureBytes bytes = crypto::SecureBytes::fromUtf8(typed);
    crypto::wipe(typed);
    return bytes;
}

void OwnerPage::clearPasswords()
{
    m_passwordEdit->clear();
    m_confirmEdit->clear();
}

} // namespace custos::ui
