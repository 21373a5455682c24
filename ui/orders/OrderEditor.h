#pragma once

#include "orders/CustomerService.h"
#include "orders/OrderService.h"

#include <QDialog>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace custos {
class Session;
}

namespace custos::ui {

class CardSection;
class CustomerLookup;
class OrderLinesModel;
class OrderLinesView;

// Taking an order with the customer on the line, keyboard only. The fields follow the call:
// who is calling → what they order → the card → Enter saves. After a save the editor says
// "Order 2026-000123 saved", forgets the card (number and security code wiped) and is ready for
// the next call. Problems are shown beside the fields, never in a message box. Esc closes it
// (asking first when something was typed). It is not modal: the clerk can look things up.
class OrderEditor : public QDialog
{
    Q_OBJECT
public:
    explicit OrderEditor(custos::Session& session, QWidget* parent = nullptr);
    ~OrderEditor() override;

    // Starts a new order, for `customerId` when given (and nothing has been typed yet).
    void startOrder(qint64 customerId = 0);
    bool hasInput() const;
    // Validates and saves; true when the order was stored (the form is then empty again).
    bool save();
    QString lastSavedNumber() const { return m_lastSaved; }

    CustomerLookup* customerLookup() const { return m_customer; }
    OrderLinesModel* linesModel() const { return m_linesModel; }
    CardSection* cardSection() const { return m_card; }
    // The "Privacy notice — read to the caller" panel: shown for phone orders; F2 folds it.
    bool isScriptShown() const;

public slots:
    void reject() override;

signals:
    void orderSaved(const QString& number);

private:
    void buildScriptPanel();
    void updateScriptPanel();
    QWidget* buildHeader();
    QWidget* buildLines();
    QWidget* buildFooter();
    void clearForm();
    void showProblems(const OrderProblems& problems);
    void updateTotals();
    std::optional<int> taxRate(QString* problem) const;
    void setTaxRate(int basisPoints);

    custos::Session& m_session;
    OrderService m_orders;
    CustomerService m_customers;
    QString m_lastSaved;

    QFrame* m_scriptPanel = nullptr;
    QToolButton* m_scriptToggle = nullptr;
    QLabel* m_script = nullptr;
    QComboBox* m_channel = nullptr;
    CustomerLookup* m_customer = nullptr;
    OrderLinesModel* m_linesModel = nullptr;
    OrderLinesView* m_lines = nullptr;
    QLabel* m_linesError = nullptr;
    QLabel* m_subtotal = nullptr;
    QLineEdit* m_taxRate = nullptr;
    QLabel* m_taxError = nullptr;
    QLabel* m_taxCaption = nullptr;
    QLabel* m_tax = nullptr;
    QLabel* m_total = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_notesError = nullptr;
    CardSection* m_card = nullptr;
    QLabel* m_saved = nullptr;
    QLabel* m_saveError = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace custos::ui
