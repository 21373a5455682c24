#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace custos::ui {

class ClipboardGuard;

// Shows a one-time password once, large and in a fixed-width font, with Copy (through the
// clipboard guard, so locking clears it) and the instruction to hand it over in person.
// wipe() forgets it; the dialogs call it when they close, so it cannot be shown again.
class OneTimePasswordView : public QWidget
{
    Q_OBJECT
public:
    OneTimePasswordView(ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~OneTimePasswordView() override;

    void setAccount(const QString& fullName, const QString& username, const QString& password);
    QString password() const { return m_password; }
    QPushButton* copyButton() const { return m_copy; }
    void wipe();

private:
    ClipboardGuard& m_clipboard;
    QString m_password;
    QLabel* m_heading = nullptr;
    QLabel* m_username = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_copied = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace custos::ui
