#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace custos {
class Session;
}

namespace custos::ui {

class BusinessProfileForm;

// Settings > Business profile: name, address and contacts printed on order forms. Owners
// edit and save (audited); everyone else sees the profile read-only.
class BusinessProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BusinessProfileDialog(custos::Session& session, QWidget* parent = nullptr);

    void accept() override;

private:
    custos::Session& m_session;
    BusinessProfileForm* m_form = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace custos::ui
