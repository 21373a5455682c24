#include "orders/CustomerLookup.h"

#include "customers/CustomerDialog.h"
#include "domain/PhoneNumber.h"
#include "orders/CustomerService.h"
#include "setup/FormStyle.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr qint64 kNewCustomer = -1;

} // namespace

CustomerLookup::CustomerLookup(CustomerService& customers, QWidget* parent) : QWidget(parent), m_customers(customers)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"customerLookup"_s);
    m_edit->setPlaceholderText(tr("Name, phone, postal code or email — ↓ to choose"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    m_summary = makeHint(QString(), this, u"customerSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setVisible(false);
    m_error = makeInlineError(this, u"customerError"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);

    connect(m_edit, &QLineEdit::textEdited, this, &CustomerLookup::onTextEdited);
}

CustomerLookup::~CustomerLookup()
{
    delete m_list.data(); // a child of the window, which may outlive this widget
}

bool CustomerLookup::hasInput() const
{
    return m_customerId > 0 || !m_edit->text().trimmed().isEmpty();
}

void CustomerLookup::clear()
{
    m_edit->clear();
    m_summary->clear();
    m_summary->setVisible(false);
    setError(QString());
    showSuggestions(false);
    if (m_customerId != 0) {
        m_customerId = 0;
        emit customerChanged(0);
    }
}

void CustomerLookup::setError(const QString& message)
{
    showInlineError(m_error, message);
}

bool CustomerLookup::setCustomer(qint64 customerId)
{
    if (customerId <= 0) {
        clear();
        return true;
    }
    auto customer = m_customers.get(customerId);
    if (!customer) {
        setError(customer.errorMessage());
        return false;
    }
    showCustomer(customer.value());
    return true;
}

void CustomerLookup::showCustomer(const Customer& customer)
{
    showSuggestions(false);
    m_edit->setText(customer.name);
    m_summary->setText(describe(customer));
    m_summary->setVisible(true);
    setError(QString());
    m_customerId = customer.id;
    emit customerChanged(m_customerId);
}

QString CustomerLookup::describe(const Customer& customer)
{
    QStringList place;
    for (const QString& part : {customer.street, customer.city, customer.postalCode})
        if (!part.trimmed().isEmpty())
            place << part.trimmed();
    QStringList parts{place.join(u", "_s)};
    if (!customer.phoneE164.isEmpty())
        parts << formatPhoneInternational(customer.phoneE164);
    parts.removeAll(QString());
    return parts.join(u" · "_s);
}

void CustomerLookup::onTextEdited(const QString& text)
{
    if (m_customerId != 0) {
        m_customerId = 0;
        m_summary->clear();
        m_summary->setVisible(false);
        emit customerChanged(0);
    }
    setError(QString());
    search(text);
}

void CustomerLookup::search(const QString& text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        showSuggestions(false);
        return;
    }
    if (!m_list) {
        // Over the rest of the window, like a pop-up, but the focus stays in the line edit.
        m_list = new QListWidget(window());
        m_list->setObjectName(u"customerSuggestions"_s);
        m_list->setFocusPolicy(Qt::NoFocus);
        m_list->setUniformItemSizes(true);
        m_list->setFrameShape(QFrame::StyledPanel);
        m_list->setStyleSheet(u"#customerSuggestions { border: 1px solid palette(mid); }"_s);
        connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { pick(m_list->row(item)); });
    }
    m_list->clear();
    CustomerQuery query;
    query.text = typed;
    query.limit = kMaxSuggestions;
    auto found = m_customers.search(query);
    if (!found) {
        setError(found.errorMessage());
    } else {
        for (const Customer& customer : std::as_const(found.value())) {
            auto* item = new QListWidgetItem(u"%1 — %2"_s.arg(customer.name, describe(customer)), m_list);
            item->setData(kIdRole, customer.id);
        }
    }
    auto* add = new QListWidgetItem(tr("+ New customer “%1”").arg(typed), m_list);
    add->setData(kIdRole, kNewCustomer);
    QFont italic = add->font();
    italic.setItalic(true);
    add->setFont(italic);
    if (m_list->count() == 1) {
        auto* none = new QListWidgetItem(tr("No customer matches “%1”").arg(typed));
        none->setFlags(Qt::NoItemFlags);
        m_list->insertItem(0, none);
    }
    m_list->setCurrentRow(-1);
    showSuggestions(true);
}

void CustomerLookup::showSuggestions(bool show)
{
    if (!m_list)
        return;
    if (show) {
        placeSuggestions();
        m_list->raise();
    }
    m_list->setVisible(show);
}

void CustomerLookup::placeSuggestions()
{
    const int rows = qMin(m_list->count(), kMaxSuggestions + 1);
    const int rowHeight = qMax(m_list->sizeHintForRow(0), fontMetrics().height() + 6);
    const QPoint topLeft = m_edit->mapTo(window(), QPoint(0, m_edit->height()));
    const int width = qMin(qMax(m_edit->width(), 420), window()->width() - topLeft.x() - 8);
    m_list->setGeometry(topLeft.x(), topLeft.y() + 1, width, rows * rowHeight + 2 * m_list->frameWidth());
}

void CustomerLookup::moveSelection(int step)
{
    if (!m_list || !m_list->isVisible()) {
        search(m_edit->text());
        if (!m_list || !m_list->isVisible())
            return;
    }
    int row = m_list->currentRow();
    for (int i = 0; i < m_list->count(); ++i) {
        row = row < 0 ? (step > 0 ? 0 : m_list->count() - 1) : qBound(0, row + step, m_list->count() - 1);
        if (m_list->item(row)->flags() & Qt::ItemIsEnabled)
            break;
    }
    if (row >= 0 && (m_list->item(row)->flags() & Qt::ItemIsEnabled))
        m_list->setCurrentRow(row);
}

void CustomerLookup::pick(int row)
{
    if (!m_list || row < 0 || row >= m_list->count() || !(m_list->item(row)->flags() & Qt::ItemIsEnabled))
        return;
    const qint64 id = m_list->item(row)->data(kIdRole).toLongLong();
    showSuggestions(false);
    if (id == kNewCustomer) {
        const std::optional<qint64> created =
            CustomerDialog::createInline(m_customers, m_edit->text().trimmed(), window());
        m_edit->setFocus(Qt::OtherFocusReason);
        if (created)
            setCustomer(*created);
        return;
    }
    setCustomer(id);
}

bool CustomerLookup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit)
        return QWidget::eventFilter(watched, event);
    const bool listShown = m_list && m_list->isVisible();
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(+1);
            return true;
        case Qt::Key_Up:
            if (listShown)
                moveSelection(-1);
            return listShown;
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            if (listShown)
                moveSelection(key->key() == Qt::Key_PageDown ? kMaxSuggestions : -kMaxSuggestions);
            return listShown;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (!listShown)
                return false; // Enter saves the order
            if (m_list->currentRow() >= 0)
                pick(m_list->currentRow());
            else
                moveSelection(+1); // the first Enter highlights, the next one picks
            return true;
        case Qt::Key_Tab:
            if (listShown && m_list->currentRow() >= 0)
                pick(m_list->currentRow());
            showSuggestions(false);
            return false;
        case Qt::Key_Escape:
            if (listShown) {
                showSuggestions(false);
                return true;
            }
            return false;
        default:
            break;
        }
    } else if (event->type() == QEvent::FocusOut) {
        showSuggestions(false);
    } else if ((event->type() == QEvent::Resize || event->type() == QEvent::Move) && listShown) {
        placeSuggestions();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace custos::ui
