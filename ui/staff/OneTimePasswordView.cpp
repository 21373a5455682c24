#include "staff/OneTimePasswordView.h"

#include "session/ClipboardGuard.h"
#include "setup/FormStyle.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

OneTimePasswordView::OneTimePasswordView(ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent), m_clipboard(clipboard)
{
    setObjectName(u"oneTimePasswordView"_s);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"oneTimeHeading"_s);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_heading->setFont(big);

    m_username = new QLabel(this);
    m_username->setObjectName(u"oneTimeUsernameLabel"_s);
    m_username->setTextFormat(Qt::PlainText);
    m_username->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setObjectName(u"oneTimePasswordLabel"_s);
    m_passwordLabel->setTextFormat(Qt::PlainText);
    m_passwordLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(m_passwordLabel->font().pointSizeF() * 1.5);
    mono.setBold(true);
    m_passwordLabel->setFont(mono);
    m_passwordLabel->setStyleSheet(u"#oneTimePasswordLabel { background: palette(base); border: 1px solid palette(mid);"
                                   " border-radius: 4px; padding: 8px 14px; }"_s);

    m_copy = new QPushButton(tr("&Copy password"), this);
    m_copy->setObjectName(u"copyOneTimePasswordButton"_s);
    m_copy->setAutoDefault(false);
    m_copy->setToolTip(tr("The clipboard is cleared when you lock or sign out, if it still holds the password."));
    m_copied = makeHint(QString(), this, u"oneTimeCopiedLabel"_s);
    m_copied->setVisible(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_password.isEmpty())
            return;
        m_clipboard.setText(m_password);
        m_copied->setText(tr("Copied. Paste it only where the employee will read it in person."));
        m_copied->setVisible(true);
    });

    auto* note = new QLabel(
        tr("Give this password to the employee in person — not by email, chat or phone message. It is shown only "
           "now: Custos does not keep it in readable form. At their first sign-in they must choose their own."),
        this);
    note->setObjectName(u"oneTimeNote"_s);
    note->setWordWrap(true);
    note->setStyleSheet(u"#oneTimeNote { background: #fff4d6; border: 1px solid #e0a526; border-radius: 4px;"
                        " padding: 8px 10px; color: #3b2f00; }"_s);

    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordLabel);
    passwordRow->addWidget(m_copy, 0, Qt::AlignVCenter);
    passwordRow->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("One-time password:"), passwordRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_copied);
    layout->addWidget(note);
    layout->addStretch(1);
}

OneTimePasswordView::~OneTimePasswordView()
{
    wipe();
}

void OneTimePasswordView::setAccount(const QString& fullName, const QString& username, const QString& password)
{
    m_heading->setText(tr("%1 can now sign in").arg(fullName));
    m_username->setText(username);
    m_password = password;
    m_passwordLabel->setText(password);
    m_copied->setVisible(false);
}

void OneTimePasswordView::wipe()
{
    // Overwrite before letting go, so the characters do not linger in freed memory.
    m_password.fill(QLatin1Char(' '));
    m_password.clear();
    m_passwordLabel->clear();
}

} // namespace custos::ui
