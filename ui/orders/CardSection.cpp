#include "orders/CardSection.h"

#include "crypto/SecureBytes.h"
#include "orders/OrderService.h"
#include "orders/SecureField.h"
#include "setup/FormStyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

constexpr int kMaxPanDigits = 19;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Groups as printed on the card: American Express 4-6-5, everything else in fours.
QList<int> groupSizes(CardBrand brand)
{
    if (brand == CardBrand::Amex)
        return {4, 6, 5};
    return {4, 4, 4, 4, 3};
}

QLabel* fieldLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

CardSection::CardSection(const OrderService& orders, QWidget* parent) : QGroupBox(tr("Card"), parent), m_orders(orders)
{
    setObjectName(u"cardSection"_s);

    m_pan = new QLineEdit(this);
    m_pan->setObjectName(u"panEdit"_s);
    m_pan->setPlaceholderText(u"0000 0000 0000 0000"_s);
    m_pan->setMaxLength(kMaxPanDigits + 6);
    m_pan->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pan->setFixedWidth(m_pan->fontMetrics().horizontalAdvance(u"0000 0000 0000 0000 000"_s) + 24);
    m_pan->installEventFilter(this);
    m_pan->setContextMenuPolicy(Qt::NoContextMenu); // no "Copy" of a card number
    m_brand = new QLabel(this);
    m_brand->setObjectName(u"cardBrandLabel"_s);
    m_brand->setMinimumWidth(m_brand->fontMetrics().horizontalAdvance(u"American Express"_s));
    m_luhn = new QLabel(this);
    m_luhn->setObjectName(u"cardLuhnLabel"_s);
    m_luhn->setFixedWidth(m_luhn->fontMetrics().horizontalAdvance(u"✓"_s) * 2);
    QFont bold = m_luhn->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_luhn->setFont(bold);
    m_panError = makeInlineError(this, u"panError"_s);

    m_expiry = new QLineEdit(this);
    m_expiry->setObjectName(u"expiryEdit"_s);
    m_expiry->setPlaceholderText(tr("MM/YY"));
    m_expiry->setMaxLength(5);
    m_expiry->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^[0-9/ ]{0,5}$"_s), m_expiry));
    m_expiry->setFixedWidth(m_expiry->fontMetrics().horizontalAdvance(u"MM/YY__"_s) + 16);
    m_expiry->installEventFilter(this);
    m_expiryError = makeInlineError(this, u"expiryError"_s);

    m_holder = new QLineEdit(this);
    m_holder->setObjectName(u"holderEdit"_s);
    m_holder->setPlaceholderText(tr("As printed on the card"));
    m_holder->setMaxLength(100);
    m_holder->setFixedWidth(m_pan->width());
    m_holderError = makeInlineError(this, u"holderError"_s);

    m_cvv = new QLineEdit(this);
    m_cvv->setObjectName(u"cvvEdit"_s);
    m_cvv->setEchoMode(QLineEdit::Password);
    m_cvv->setMaxLength(4);
    m_cvv->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^[0-9]{0,4}$"_s), m_cvv));
    m_cvv->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_cvv->setFixedWidth(m_cvv->fontMetrics().horizontalAdvance(u"00000"_s) + 24);
    m_cvv->setContextMenuPolicy(Qt::NoContextMenu);
    auto* cvvNote = makeHint(tr("Used for this call only — never stored."), this, u"cvvNote"_s);
    cvvNote->setWordWrap(false);
    m_cvvError = makeInlineError(this, u"cvvError"_s);

    // Field and its live feedback side by side; the problems line up in one column to the right.
    const auto fieldRow = [this](QWidget* field, const QList<QWidget*>& extras) {
        auto* row = new QHBoxLayout;
        row->setSpacing(8);
        row->addWidget(field);
        for (QWidget* extra : extras)
            row->addWidget(extra);
        row->addStretch(1);
        return row;
    };
    auto* grid = new QGridLayout(this);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->addWidget(fieldLabel(tr("Card &number"), m_pan, this), 0, 0);
    grid->addLayout(fieldRow(m_pan, {m_luhn, m_brand}), 0, 1);
    grid->addWidget(m_panError, 0, 2);
    grid->addWidget(fieldLabel(tr("E&xpiry"), m_expiry, this), 1, 0);
    grid->addLayout(fieldRow(m_expiry, {}), 1, 1);
    grid->addWidget(m_expiryError, 1, 2);
    grid->addWidget(fieldLabel(tr("Name on car&d"), m_holder, this), 2, 0);
    grid->addLayout(fieldRow(m_holder, {}), 2, 1);
    grid->addWidget(m_holderError, 2, 2);
    grid->addWidget(fieldLabel(tr("Security &code"), m_cvv, this), 3, 0);
    grid->addLayout(fieldRow(m_cvv, {cvvNote}), 3, 1);
    grid->addWidget(m_cvvError, 3, 2);
    grid->setColumnStretch(2, 1);

    connect(m_pan, &QLineEdit::textEdited, this, &CardSection::onPanEdited);
    connect(m_expiry, &QLineEdit::textEdited, this, &CardSection::onExpiryEdited);
    connect(m_holder, &QLineEdit::textEdited, this, [this] {
        showInlineError(m_holderError, QString());
        emit edited();
    });
    connect(m_cvv, &QLineEdit::textEdited, this, [this] {
        showInlineError(m_cvvError, QString());
        emit edited();
    });
    setTabOrder(m_pan, m_expiry);
    setTabOrder(m_expiry, m_holder);
    setTabOrder(m_holder, m_cvv);
}

CardSection::~CardSection()
{
    clear();
}

bool CardSection::hasInput() const
{
    return m_card.has_value() || !m_pan->text().isEmpty() || !m_expiry->text().isEmpty() ||
           !m_holder->text().trimmed().isEmpty() || !m_cvv->text().isEmpty();
}

void CardSection::onPanEdited()
{
    // Every copy made here is sized up front (no reallocation leaves digits behind) and wiped.
    QString current = m_pan->text();
    const int cursor = m_pan->cursorPosition();
    QString digits;
    digits.reserve(kMaxPanDigits);
    int digitsBeforeCursor = 0;
    for (int i = 0; i < current.size() && digits.size() < kMaxPanDigits; ++i) {
        if (!isAsciiDigit(current.at(i)))
            continue;
        digits.append(current.at(i));
        if (i < cursor)
            ++digitsBeforeCursor;
    }
    QString grouped;
    grouped.reserve(kMaxPanDigits + 6);
    int newCursor = 0;
    int taken = 0;
    for (int size : groupSizes(CardNumber::detectBrand(digits))) {
        if (taken >= digits.size())
            break;
        if (taken > 0)
            grouped.append(u' ');
        for (int i = 0; i < size && taken < digits.size(); ++i, ++taken) {
            grouped.append(digits.at(taken));
            if (taken + 1 == digitsBeforeCursor)
                newCursor = int(grouped.size());
        }
    }
    if (grouped != current) {
        m_pan->setText(grouped); // the widget lets go of the old text: `current` now owns it alone
        m_pan->setCursorPosition(newCursor);
    }
    updatePanFeedback(digits);
    crypto::wipe(current);
    crypto::wipe(grouped);
    crypto::wipe(digits);
    showInlineError(m_panError, QString());
    emit edited();
}

void CardSection::updatePanFeedback(const QString& digits)
{
    const CardBrand brand = CardNumber::detectBrand(digits);
    m_brand->setText(brand == CardBrand::Unknown ? QString() : cardBrandName(brand));
    if (digits.size() < 12) {
        m_luhn->clear();
        m_luhn->setToolTip(QString());
        return;
    }
    auto parsed = CardNumber::parse(digits);
    m_luhn->setText(parsed ? u"✓"_s : u"✗"_s);
    m_luhn->setStyleSheet(parsed ? u"color: #1b7f3b;"_s : u"color: #b3261e;"_s);
    m_luhn->setToolTip(parsed ? tr("The number passes the check-digit test.") : parsed.errorMessage());
    m_luhn->setAccessibleName(parsed ? tr("Card number valid") : tr("Card number not valid"));
}

void CardSection::maskPan()
{
    QString typed = m_pan->text();
    auto parsed = CardNumber::parse(typed);
    crypto::wipe(typed);
    if (!parsed) {
        showInlineError(m_panError, parsed.errorMessage());
        return;
    }
    m_card = std::move(parsed.value());
    wipeLineEdit(m_pan);
    m_pan->setText(u"•••• "_s + m_card->last4());
    m_pan->setReadOnly(true); // no paste or drop into the masked text; typing starts a new number
    m_pan->setToolTip(tr("Only the last 4 digits are shown. Type to enter a different card."));
    m_brand->setText(cardBrandName(m_card->brand()));
    m_luhn->setText(u"✓"_s);
    m_luhn->setStyleSheet(u"color: #1b7f3b;"_s);
    showInlineError(m_panError, QString());
}

void CardSection::unmaskPan()
{
    m_card.reset();
    m_pan->setReadOnly(false);
    m_pan->clear();
    m_pan->setToolTip(QString());
    updatePanFeedback(QString());
    emit edited();
}

void CardSection::onExpiryEdited()
{
    const QString text = m_expiry->text();
    QString digits;
    for (QChar c : text)
        if (isAsciiDigit(c))
            digits.append(c);
    // "1/29" means January: the month gets its leading zero.
    if (text.indexOf(u'/') == 1 && !digits.isEmpty())
        digits.prepend(u'0');
    digits.truncate(4);
    const QString formatted = digits.size() > 2 ? digits.left(2) + u'/' + digits.mid(2) : digits;
    if (formatted != text)
        m_expiry->setText(formatted);
    showInlineError(m_expiryError, QString());
    emit edited();
}

void CardSection::checkExpiry()
{
    if (m_expiry->text().isEmpty())
        return;
    auto expiry = CardExpiry::parse(m_expiry->text());
    if (!expiry) {
        showInlineError(m_expiryError, expiry.errorMessage());
        return;
    }
    CardEntry probe;
    probe.expiry = expiry.value();
    showInlineError(m_expiryError, orderProblemFor(m_orders.validateCard(probe), OrderField::CardExpiry));
}

bool CardSection::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_pan) {
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
            // The number never goes to the clipboard, not even while it is being typed.
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
                event->accept();
                return true;
            }
        }
        if (event->type() == QEvent::FocusOut && !m_card && !m_pan->text().isEmpty()) {
            maskPan();
        } else if (event->type() == QEvent::KeyPress && m_card) {
            auto* key = static_cast<QKeyEvent*>(event);
            const bool erase = key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete;
            const bool digit = key->text().size() == 1 && isAsciiDigit(key->text().at(0));
            if (erase || digit || key->matches(QKeySequence::Paste)) {
                unmaskPan();
                return erase; // a digit or a paste goes on into the now empty field
            }
        }
    } else if (watched == m_expiry && event->type() == QEvent::FocusOut) {
        checkExpiry();
    }
    return QGroupBox::eventFilter(watched, event);
}

std::optional<CardEntry> CardSection::entry(OrderProblems* problems)
{
    if (!hasInput())
        return std::nullopt;
    OrderProblems found;
    CardEntry card;
    if (m_card) {
        card.pan = *m_card;
    } else {
        QString typed = m_pan->text();
        auto parsed = CardNumber::parse(typed);
        crypto::wipe(typed);
        if (parsed)
            card.pan = std::move(parsed.value());
        else
            found << OrderProblem{OrderField::CardNumber, -1, parsed.errorMessage()};
    }
    if (!m_expiry->text().isEmpty()) {
        auto expiry = CardExpiry::parse(m_expiry->text());
        if (expiry)
            card.expiry = expiry.value();
        else
            found << OrderProblem{OrderField::CardExpiry, -1, expiry.errorMessage()};
    }
    card.holderName = m_holder->text();
    card.cvv = secureCopy(m_cvv);
    // The service's rules decide; a more precise message of ours for the same field wins.
    for (const OrderProblem& p : m_orders.validateCard(card))
        if (orderProblemFor(found, p.field).isEmpty())
            found << p;
    showProblems(found);
    if (problems)
        *problems += found;
    if (!found.isEmpty())
        return std::nullopt; // `card` goes out of scope: its SecureBytes wipe themselves
    return card;
}

void CardSection::showProblems(const OrderProblems& problems)
{
    showInlineError(m_panError, orderProblemFor(problems, OrderField::CardNumber));
    showInlineError(m_expiryError, orderProblemFor(problems, OrderField::CardExpiry));
    showInlineError(m_holderError, orderProblemFor(problems, OrderField::CardHolder));
    showInlineError(m_cvvError, orderProblemFor(problems, OrderField::CardCvv));
}

QWidget* CardSection::fieldFor(const OrderProblems& problems) const
{
    const std::pair<OrderField, QLineEdit*> fields[] = {{OrderField::CardNumber, m_pan},
                                                        {OrderField::CardExpiry, m_expiry},
                                                        {OrderField::CardHolder, m_holder},
                                                        {OrderField::CardCvv, m_cvv}};
    for (const auto& [field, edit] : fields)
        if (!orderProblemFor(problems, field).isEmpty())
            return edit;
    return nullptr;
}

void CardSection::clear()
{
    m_card.reset(); // CardNumber keeps its digits in SecureBytes, wiped here
    m_pan->setReadOnly(false);
    m_pan->setToolTip(QString());
    wipeLineEdit(m_pan);
    wipeLineEdit(m_cvv);
    m_expiry->clear();
    m_holder->clear();
    updatePanFeedback(QString());
    showProblems({});
}

} // namespace custos::ui
