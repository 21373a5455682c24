#pragma once

#include "core/Result.h"

#include <QDialog>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace custos {
class Session;
class Vault;
} // namespace custos

namespace custos::ui {

// Settings > Security policy… (owners only): password age and history, lock-out and idle
// lock, each within the bounds PCI DSS v4.0 allows; the vault clamps them again on save. Also
// how long a revealed card number stays on screen and a copied one on the clipboard
// ("access.reveal_seconds", 5–120 s).
class SecurityPolicyDialog : public QDialog
{
    Q_OBJECT
public:
    SecurityPolicyDialog(custos::Vault& vault, custos::Session& session, QWidget* parent = nullptr);

    QString errorText() const;
    void accept() override;

private:
    QSpinBox* addRow(const QString& objectName, const QString& label, int minimum, int maximum, int value,
                     const QString& suffix, const QString& explanation);
    void setError(const QString& text);
    // Stores "access.reveal_seconds" with its audit event, in one transaction.
    Result<void> saveRevealSeconds(int seconds);

    custos::Vault& m_vault;
    custos::Session& m_session;
    QGridLayout* m_grid = nullptr;
    int m_rows = 0;
    QSpinBox* m_minLength = nullptr;
    QSpinBox* m_maxAge = nullptr;
    QSpinBox* m_history = nullptr;
    QSpinBox* m_maxFailed = nullptr;
    QSpinBox* m_lockout = nullptr;
    QSpinBox* m_idleLock = nullptr;
    QSpinBox* m_revealSeconds = nullptr;
    int m_storedRevealSeconds = 0;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace custos::ui
