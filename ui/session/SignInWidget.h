#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace custos {
class Session;
class Vault;
} // namespace custos

namespace custos::ui {

// The sign-in page, and the lock page when a session was locked. Signing in runs on the GUI
// thread (scrypt, about 0.2 s) under a wait cursor; the typed password is wiped right after.
class SignInWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SignInWidget(custos::Vault& vault, QWidget* parent = nullptr);
    ~SignInWidget() override;

    // Fresh sign-in: empty user name.
    void showSignIn();
    // "Locked": the user name prefilled and focus on the password. Signing in again as this
    // employee is an unlock (SignInPurpose::Unlock).
    void showLocked(const QString& username, const QString& fullName);
    bool isLockMode() const { return !m_lockedUsername.isEmpty(); }
    QString lockedUsername() const { return m_lockedUsername; }

    // The session opened by the last successful sign-in (or recovery); null afterwards.
    std::unique_ptr<custos::Session> takeSession();
    QString message() const;

signals:
    void signedIn();
    // "Restore from a backup…" was chosen (offered on the sign-in page, not on the lock page).
    void restoreRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void attemptSignIn();
    void openRecovery();
    void setMessage(const QString& text);
    void focusInitialField();

    custos::Vault& m_vault;
    QLabel* m_heading = nullptr;
    QLabel* m_subtitle = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_recoveryButton = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_demoHint = nullptr;
    QString m_lockedUsername;
    std::unique_ptr<custos::Session> m_session;
};

} // namespace custos::ui
