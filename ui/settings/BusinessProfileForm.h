#pragma once

#include "domain/BusinessProfile.h"

#include <QWidget>

class QLineEdit;

namespace custos::ui {

// The business's name, address and contact details as one reusable block of fields: used by
// the setup wizard and by Settings > Business profile. Required fields are marked.
class BusinessProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit BusinessProfileForm(QWidget* parent = nullptr);

    // The fields, trimmed; an empty privacy contact falls back to the email address.
    BusinessProfile profile() const;
    void setProfile(const BusinessProfile& profile);
    void setReadOnly(bool readOnly);

    // Empty when the fields make a valid profile; else what to fix (BusinessProfile::validate),
    // and the field to fix gets the focus.
    QString validate();

    QLineEdit* firstField() const { return m_legalNameEdit; }
    QLineEdit* lastField() const { return m_privacyContactEdit; }

signals:
    // The user typed in any field (not emitted by setProfile).
    void edited();

private:
    QLineEdit* addEdit(const char* objectName, int maxLength);
    void updatePrivacyPlaceholder();

    QLineEdit* m_legalNameEdit = nullptr;
    QLineEdit* m_streetEdit = nullptr;
    QLineEdit* m_cityEdit = nullptr;
    QLineEdit* m_regionEdit = nullptr;
    QLineEdit* m_postalCodeEdit = nullptr;
    QLineEdit* m_countryEdit = nullptr;
    QLineEdit* m_phoneEdit = nullptr;
    QLineEdit* m_faxEdit = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QLineEdit* m_privacyContactEdit = nullptr;
};

} // namespace custos::ui
