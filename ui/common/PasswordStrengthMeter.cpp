#include "common/PasswordStrengthMeter.h"

#include "vault/PasswordPolicy.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace custos::ui {

PasswordStrengthMeter::PasswordStrengthMeter(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 4);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    m_label->setWordWrap(true);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    setPassword(QString());
}

void PasswordStrengthMeter::setPassword(const QString& password)
{
    if (password.isEmpty()) {
        m_bar->setValue(0);
        m_label->setText(tr("At least %n characters; a few unrelated words work well.", nullptr, m_minLength));
        return;
    }
    const PasswordStrength s = PasswordPolicy::estimate(password, m_userInputs);
    m_bar->setValue(s.score);
    const int length = static_cast<int>(password.toUcs4().size());
    QString text = s.label();
    if (length < m_minLength)
        text = tr("Too short: %1 of %2 characters.").arg(length).arg(m_minLength);
    else if (s.score < PasswordPolicy::kMinimumScore && !s.weakness.isEmpty())
        text += QStringLiteral(" — ") + s.weakness;
    m_label->setText(text);
    const bool good = length >= m_minLength && s.score >= PasswordPolicy::kMinimumScore;
    m_bar->setStyleSheet(good ? QStringLiteral("QProgressBar::chunk { background: #2e7d32; }")
                              : QStringLiteral("QProgressBar::chunk { background: #c62828; }"));
}

} // namespace custos::ui
