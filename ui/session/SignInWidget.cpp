#include "session/SignInWidget.h"

#include "demo/DemoVault.h"
#include "session/RecoveryDialog.h"
#include "session/WaitCursor.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

SignInWidget::SignInWidget(custos::Vault& vault, QWidget* parent) : QWidget(parent), m_vault(vault)
{
    setObjectName(u"signInPage"_s);

    auto* card = new QFrame(this);
    card->setObjectName(u"signInCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    card->setFixedWidth(460);
    card->setStyleSheet(u"#signInCard { background: palette(base); border: 1px solid palette(mid);"
                        " border-radius: 8px; }"_s);

    auto* icon = new QLabel(card);
    icon->setPixmap(QIcon(u":/icons/org.custos.Custos.svg"_s).pixmap(56, 56));
    icon->setAlignment(Qt::AlignCenter);

    m_heading = new QLabel(card);
    m_heading->setObjectName(u"signInHeading"_s);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_subtitle = new QLabel(card);
    m_subtitle->setObjectName(u"signInSubtitle"_s);
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);

    m_username = new QLineEdit(card);
    m_username->setObjectName(u"usernameEdit"_s);
    m_username->setMaxLength(64);
    m_username->setPlaceholderText(tr("e.g. clara"));
    m_password = new QLineEdit(card);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    m_message = new QLabel(card);
    m_message->setObjectName(u"signInMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"color: #b71c1c;"_s);
    m_message->setVisible(false);

    m_signInButton = new QPushButton(tr("Sign in"), card);
    m_signInButton->setObjectName(u"signInButton"_s);
    m_signInButton->setDefault(true);
    m_signInButton->setMinimumWidth(120);

    m_recoveryButton = new QPushButton(tr("Forgot password? Use the recovery code…"), card);
    m_recoveryButton->setObjectName(u"recoveryButton"_s);
    m_recoveryButton->setFlat(true);
    m_recoveryButton->setCursor(Qt::PointingHandCursor);
    m_recoveryButton->setStyleSheet(u"QPushButton { color: palette(link); border: none; text-align: left; }"
                                    " QPushButton:focus { text-decoration: underline; }"_s);

    m_restoreButton = new QPushButton(tr("Restore from a backup…"), card);
    m_restoreButton->setObjectName(u"restoreButton"_s);
    m_restoreButton->setFlat(true);
    m_restoreButton->setCursor(Qt::PointingHandCursor);
    m_restoreButton->setStyleSheet(m_recoveryButton->styleSheet());

    // The sign-in button on its own row, the recovery link under it: the link's text is long
    // in some languages and must never be cut off.
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signInButton);

    m_demoHint = new QLabel(card);
    m_demoHint->setObjectName(u"demoHint"_s);
    m_demoHint->setWordWrap(true);
    m_demoHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoHint->setStyleSheet(u"#demoHint { background: #fff4d6; border: 1px solid #e0a526; border-radius: 4px;"
                              " padding: 8px; color: #3b2f00; }"_s);
    QString hint = tr("<b>Demo vault</b> — sample data only; never enter real customer data here.");
    hint += u"<table style='margin-top:4px'>"_s;
    for (const demo::DemoAccount& account : demo::kAccounts)
        hint += u"<tr><td valign='middle'>%1&nbsp;&nbsp;</td><td valign='middle'><tt>%2</tt>&nbsp;&nbsp;</td>"
                u"<td valign='middle'><tt>%3</tt></td></tr>"_s.arg(roleDisplayName(account.role),
                                                                   QString::fromLatin1(account.username),
                                                                   QString::fromLatin1(account.password));
    hint += u"</table>"_s;
    m_demoHint->setText(hint);
    m_demoHint->setVisible(m_vault.isDemo());

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 24);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(icon);
    cardLayout->addWidget(m_heading);
    cardLayout->addWidget(m_subtitle);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_message);
    cardLayout->addLayout(buttons);
    cardLayout->addWidget(m_recoveryButton);
    cardLayout->addWidget(m_restoreButton);
    cardLayout->addWidget(m_demoHint);

    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);

    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_signInButton);
    setTabOrder(m_signInButton, m_recoveryButton);
    setTabOrder(m_recoveryButton, m_restoreButton);

    connect(m_signInButton, &QPushButton::clicked, this, &SignInWidget::attemptSignIn);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInWidget::attemptSignIn);
    connect(m_username, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            attemptSignIn();
    });
    connect(m_recoveryButton, &QPushButton::clicked, this, &SignInWidget::openRecovery);
    connect(m_restoreButton, &QPushButton::clicked, this, &SignInWidget::restoreRequested);

    showSignIn();
}

SignInWidget::~SignInWidget() = default;

void SignInWidget::showSignIn()
{
    m_lockedUsername.clear();
    m_heading->setText(m_vault.label());
    m_subtitle->setText(tr("Sign in with your Custos account."));
    m_restoreButton->setVisible(true);
    m_username->clear();
    m_password->setText(QString());
    setMessage(QString());
    focusInitialField();
}

void SignInWidget::showLocked(const QString& username, const QString& fullName)
{
    m_lockedUsername = username;
    m_heading->setText(tr("Locked"));
    m_subtitle->setText(tr("%1 was signed in. Sign in to continue — or sign in as someone else.").arg(fullName));
    m_username->setText(username);
    m_password->setText(QString());
    // Someone's work is waiting behind the lock: replacing the vault is for the sign-in page.
    m_restoreButton->setVisible(false);
    setMessage(QString());
    focusInitialField();
}

std::unique_ptr<custos::Session> SignInWidget::takeSession()
{
    return std::move(m_session);
}

QString SignInWidget::message() const
{
    return m_message->text();
}

void SignInWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    focusInitialField();
}

void SignInWidget::focusInitialField()
{
    if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void SignInWidget::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SignInWidget::attemptSignIn()
{
    const QString username = m_username->text().trimmed();
    // Take the password out of the field first, so `typed` holds the only reference to its
    // characters and wipe() can overwrite them in place.
    QString typed = m_password->text();
    m_password->setText(QString());
    if (username.isEmpty()) {
        crypto::wipe(typed);
        setMessage(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    if (typed.isEmpty()) {
        setMessage(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    const crypto::SecureBytes password = crypto::SecureBytes::fromUtf8(typed);
    crypto::wipe(typed);

    const auto purpose =
        (isLockMode() && username == m_lockedUsername) ? Vault::SignInPurpose::Unlock : Vault::SignInPurpose::SignIn;
    auto result = [&] {
        WaitCursor wait;
        return m_vault.signIn(username, password, purpose);
    }();
    if (!result) {
        setMessage(result.errorMessage());
        if (result.errorCode() == Errc::NotFound) {
            m_username->setFocus();
            m_username->selectAll();
        } else {
            m_password->setFocus();
        }
        return;
    }
    setMessage(QString());
    m_session = std::move(result.value());
    emit signedIn();
}

void SignInWidget::openRecovery()
{
    auto* dialog = new RecoveryDialog(m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUsername(m_username->text().trimmed());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session = dialog->takeSession();
        if (m_session) {
            setMessage(QString());
            emit signedIn();
        }
    });
    dialog->open();
}

} // namespace custos::ui
