#pragma once

#include "domain/Order.h"

#include <QGroupBox>
#include <optional>

class QLabel;
class QLineEdit;

namespace custos {
class OrderService;
}

namespace custos::ui {

// The card taken over the phone. The number is grouped as it is typed, with the brand and a
// Luhn ✓/✗ beside it; once the field loses focus with a valid number, the digits move into a
// CardNumber (a wiping buffer) and the field only shows "•••• 4242" — typing into it again
// starts a new number. The security code is a password field, copied into SecureBytes only for
// the save and wiped with everything else by clear().
class CardSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit CardSection(const OrderService& orders, QWidget* parent = nullptr);
    ~CardSection() override;

    QLineEdit* panEdit() const { return m_pan; }
    QLineEdit* expiryEdit() const { return m_expiry; }
    QLineEdit* holderEdit() const { return m_holder; }
    QLineEdit* cvvEdit() const { return m_cvv; }

    bool hasInput() const;
    bool isPanMasked() const { return m_card.has_value(); }
    // The card as typed, for the save: nothing when no card field was filled in. Problems (beside
    // the fields too) when something is missing or wrong; the entry is then not returned.
    std::optional<CardEntry> entry(OrderProblems* problems);
    void showProblems(const OrderProblems& problems);
    // Wipes the number, the security code and every field.
    void clear();
    // The card field a problem list points to first, or nullptr.
    QWidget* fieldFor(const OrderProblems& problems) const;

signals:
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onPanEdited();
    void onExpiryEdited();
    void updatePanFeedback(const QString& digits);
    void maskPan();
    void unmaskPan();
    void checkExpiry();

    const OrderService& m_orders;
    std::optional<CardNumber> m_card; // set while the field shows only the last 4
    QLineEdit* m_pan = nullptr;
    QLabel* m_brand = nullptr;
    QLabel* m_luhn = nullptr;
    QLabel* m_panError = nullptr;
    QLineEdit* m_expiry = nullptr;
    QLabel* m_expiryError = nullptr;
    QLineEdit* m_holder = nullptr;
    QLabel* m_holderError = nullptr;
    QLineEdit* m_cvv = nullptr;
    QLabel* m_cvvError = nullptr;
};

} // namespace custos::ui
