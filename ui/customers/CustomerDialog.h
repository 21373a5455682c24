#pragma once

#include "domain/Customer.h"

#include <QDialog>
#include <QList>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace custos {
class CustomerService;
}

namespace custos::ui {

// Add or edit one customer. Problems show under each field (after the clerk leaves a field
// or tries to save); a possible duplicate shows in a panel that never blocks typing. Enter
// saves, Esc cancels; the service saves everything in one transaction or nothing.
class CustomerDialog : public QDialog
{
    Q_OBJECT
public:
    // `customerId` empty: a new customer.
    CustomerDialog(custos::CustomerService& service, std::optional<qint64> customerId, QWidget* parent = nullptr);

    // Adds a customer from another page (an order being taken): opens the dialog modally with
    // the name already typed; the new (or chosen existing) customer's id, or none on Cancel.
    static std::optional<qint64> createInline(custos::CustomerService& service, const QString& prefillName,
                                              QWidget* parent = nullptr);

    // Fills the fields (an empty country keeps the default for new customers) and puts the
    // cursor in the first required field still empty.
    void setDraft(const custos::CustomerDraft& draft);
    custos::CustomerDraft draft() const;

    // The customer being edited; after "Open it" on a duplicate, that customer.
    std::optional<qint64> customerId() const { return m_customerId; }
    // After Save: the id of the customer saved; 0 before.
    qint64 savedCustomerId() const { return m_savedId; }
    // What the duplicate panel shows (for tests and the page).
    const QList<custos::Customer>& duplicates() const { return m_duplicates; }
    // Runs the (normally debounced) duplicate check now.
    void checkDuplicatesNow();

    // Saves; the dialog closes only when the save succeeded.
    void accept() override;

signals:
    void customerSaved(qint64 customerId);

private:
    struct Field
    {
        custos::CustomerField field;
        QLineEdit* edit = nullptr;
        QLabel* error = nullptr;
        bool touched = false;
    };

    QLineEdit* addField(QFormLayout* form, custos::CustomerField field, const QString& label, const QString& name,
                        int maxLength);
    QFrame* buildDuplicatePanel();
    void loadCustomer(qint64 customerId);
    void showProblems(bool all);
    void growToFit();
    void normalisePhone();
    void showDuplicates(const QList<custos::Customer>& duplicates);
    void openDuplicate();
    bool save();
    Field* fieldFor(custos::CustomerField field);

    custos::CustomerService& m_service;
    std::optional<qint64> m_customerId;
    qint64 m_savedId = 0;
    QList<Field> m_fields;
    bool m_showAll = false; // after a failed save: every problem, updated as the clerk types
    QList<custos::Customer> m_duplicates;
    QList<qint64> m_seenDuplicates; // shown to the clerk: saving past them is their decision

    QLabel* m_error = nullptr;
    QFrame* m_duplicatePanel = nullptr;
    QLabel* m_duplicateLabel = nullptr;
    QPushButton* m_openDuplicate = nullptr;
    QPushButton* m_saveAnyway = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_duplicateTimer = nullptr;
};

} // namespace custos::ui
