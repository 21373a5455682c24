#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace custos::ui {

// Asks why, before a step that is audited with its reason (deactivating an employee, revoking
// card access). `validate` returns an empty string when the reason is fine, else what is wrong;
// the dialog shows it under the field and stays open.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    using Validator = std::function<QString(const QString&)>;

    ReasonDialog(const QString& title, const QString& explanation, const QString& confirmLabel, Validator validate,
                 QWidget* parent = nullptr);

    QString reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* confirmButton() const { return m_confirm; }

public slots:
    void accept() override;

private:
    void check();

    Validator m_validate;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace custos::ui
