#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace custos::ui {

// A bar and a line of text under a new-password field: the zxcvbn score and, when weak, why.
// It never shows or stores the password itself.
class PasswordStrengthMeter : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordStrengthMeter(QWidget* parent = nullptr);

    // Words an attacker would try first (user name, full name, business name).
    void setUserInputs(const QStringList& inputs) { m_userInputs = inputs; }
    void setMinimumLength(int length) { m_minLength = length; }

public slots:
    void setPassword(const QString& password);

private:
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    QStringList m_userInputs;
    int m_minLength = 12;
};

} // namespace custos::ui
