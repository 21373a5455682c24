#pragma once

#include "vault/KeyRotation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace custos {
class Session;
class Vault;
} // namespace custos

namespace custos::ui {

// Settings → Keys… (owners): the vault's three keys with their age against the cryptoperiod
// (PCI DSS 3.6-3.7), what rotating each one does, and Rotate… for each. The card-data rotation
// runs with progress and Cancel; the master key's rekey is one long call and runs on a worker
// thread behind a busy dialog without Cancel. While a rotation runs the dialog cannot be closed
// (not even by the idle lock, which waits), so nothing else uses the session meanwhile.
class KeysDialog : public QDialog
{
    Q_OBJECT
public:
    KeysDialog(custos::Vault& vault, custos::Session& session, QWidget* parent = nullptr);

    // Rotates `kind` after the confirmation (Messages::confirm). True when it was rotated.
    bool rotate(custos::VaultKeyKind kind);
    bool isRotating() const { return m_rotating; }

    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void refresh();
    void fitTable();
    void fitHeight();
    Result<KeyRotationResult> runRotation(custos::VaultKeyKind kind, const QString& recoveryCode);
    Result<KeyRotationResult> runMasterOnWorker(const QString& recoveryCode);
    QString describe(const KeyRotationResult& result) const;
    void setResult(const QString& text, bool error);

    custos::Vault& m_vault;
    custos::Session& m_session;
    QTableWidget* m_table = nullptr;
    QWidget* m_recoveryBox = nullptr;
    QLineEdit* m_recoveryCode = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_rotateMaster = nullptr;
    QPushButton* m_rotateCardData = nullptr;
    QPushButton* m_rotateSigning = nullptr;
    bool m_needsCode = false;
    bool m_rotating = false;
    bool m_sized = false;
};

} // namespace custos::ui
