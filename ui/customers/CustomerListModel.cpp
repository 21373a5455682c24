#include "customers/CustomerListModel.h"

#include "domain/PhoneNumber.h"
#include "orders/CustomerService.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

// National form ("020 7946 0018") only when it reads back as the same number in the
// business's own region; a foreign number keeps its country code, or it would be misdialled.
QString displayPhone(const QString& e164, const QString& region)
{
    const QString national = formatPhoneNational(e164);
    auto back = normalizePhone(national, region);
    return back.ok() && back.value() == e164 ? national : formatPhoneInternational(e164);
}

} // namespace

CustomerListModel::CustomerListModel(const custos::CustomerService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    m_query.limit = kPageSize;
}

void CustomerListModel::setQuery(const QString& text, bool includeArchived, custos::CustomerSort sort)
{
    m_query.text = text.trimmed();
    m_query.includeArchived = includeArchived;
    m_query.sort = sort;
    reload();
}

void CustomerListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_region = m_service.defaultRegion();
    // The whole list is counted; a search is not, since counting every match costs as much as
    // the search itself (docs/performance.md): its total is known once the last page is in.
    m_total = -1;
    m_exhausted = false;
    if (m_query.text.isEmpty()) {
        auto total = m_service.count(m_query);
        if (total)
            m_total = total.value();
        else
            m_error = total.errorMessage();
        m_exhausted = !total.ok();
    }
    if (!m_exhausted)
        m_rows = load(0, kPageSize);
    endResetModel();
    emit loaded();
}

QList<CustomerListModel::Row> CustomerListModel::load(int offset, int limit)
{
    custos::CustomerQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    auto page = m_service.search(query);
    if (!page) {
        m_error = page.errorMessage();
        m_exhausted = true;
        return {};
    }
    // A short page is the end, whatever the count said (rows may have changed meanwhile).
    m_exhausted = page->size() < limit || (m_total >= 0 && offset + page->size() >= m_total);
    if (m_exhausted)
        m_total = offset + int(page->size());
    QList<Row> rows;
    rows.reserve(page->size());
    for (custos::Customer& c : page.value())
        rows.append(Row{std::move(c), {}});
    for (Row& row : rows)
        row.phone = displayPhone(row.customer.phoneE164, m_region);
    return rows;
}

int CustomerListModel::rowOf(qint64 customerId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).customer.id == customerId)
            return row;
    return -1;
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const custos::Customer& c = row.customer;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return c.archived ? tr("%1 (archived)").arg(c.name) : c.name;
        case PhoneColumn:
            return row.phone;
        case PostalCodeColumn:
            return c.postalCode;
        case CityColumn:
            return c.city;
        case EmailColumn:
            return c.email;
        }
        return {};
    case Qt::FontRole:
        if (c.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (c.archived)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text).darker(130));
        return {};
    case CustomerIdRole:
        return c.id;
    case ArchivedRole:
        return c.archived;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case PostalCodeColumn:
        return tr("Postcode");
    case CityColumn:
        return tr("City");
    case EmailColumn:
        return tr("Email");
    }
    return {};
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void CustomerListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Row> more = load(int(m_rows.size()), kPageSize);
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows.append(std::move(more));
        endInsertRows();
    }
    emit loaded();
}

} // namespace custos::ui
