#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace custos {
class CustomerService;
struct Customer;
} // namespace custos

namespace custos::ui {

// "Who is calling?": a line edit that searches customers as the clerk types. Down/Up move
// through the matches shown under it, Enter (or Tab) picks one, Esc closes the list. The last
// entry, "+ New customer “typed name”", creates the customer there and then. The list is a
// child of the window, not a popup, so the keyboard focus never leaves the line edit.
class CustomerLookup : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxSuggestions = 8;

    explicit CustomerLookup(CustomerService& customers, QWidget* parent = nullptr);
    ~CustomerLookup() override;

    QLineEdit* lineEdit() const { return m_edit; }
    qint64 customerId() const { return m_customerId; }
    bool hasInput() const;
    // Loads and shows a customer (0 clears). False when the customer cannot be read.
    bool setCustomer(qint64 customerId);
    void clear();
    void setError(const QString& message);

signals:
    // 0 when the clerk edits the name after picking.
    void customerChanged(qint64 customerId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextEdited(const QString& text);
    void search(const QString& text);
    void pick(int row);
    void moveSelection(int step);
    void showSuggestions(bool show);
    void placeSuggestions();
    void showCustomer(const Customer& customer);
    static QString describe(const Customer& customer);

    CustomerService& m_customers;
    QLineEdit* m_edit = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QPointer<QListWidget> m_list;
    qint64 m_customerId = 0;
};

} // namespace custos::ui
