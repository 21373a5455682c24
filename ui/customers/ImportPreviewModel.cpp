#include "customers/ImportPreviewModel.h"

#include "orders/CustomerService.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace custos::ui {

void ImportPreviewModel::setImport(const custos::CustomerImport* import, const custos::CustomerService* service)
{
    beginResetModel();
    m_import = import;
    m_service = service;
    m_names.clear();
    endResetModel();
}

void ImportPreviewModel::refreshStatus()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_import ? 0 : int(m_import->rows().size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::customerName(qint64 customerId) const
{
    auto it = m_names.constFind(customerId);
    if (it != m_names.constEnd())
        return *it;
    QString name = tr("customer %1").arg(customerId);
    if (m_service) {
        if (auto c = m_service->get(customerId); c.ok())
            name = c->postalCode.isEmpty() ? c->name : tr("%1, %2").arg(c->name, c->postalCode);
    }
    m_names.insert(customerId, name);
    return name;
}

QString ImportPreviewModel::statusText(const custos::ImportRow& row) const
{
    if (row.willImport() && !row.isDuplicate())
        return tr("Will import");
    // As ImportRow::messages(), but naming the customers a clerk would recognise, not ids.
    QStringList reasons;
    if (!row.rowProblem.isEmpty())
        reasons << row.rowProblem;
    for (auto it = row.problems.cbegin(); it != row.problems.cend(); ++it)
        reasons << tr("%1: %2").arg(custos::customerFieldName(it.key()), it.value());
    if (row.duplicateOfLine > 0)
        reasons << tr("same customer as line %1").arg(row.duplicateOfLine);
    if (!row.duplicateOf.isEmpty()) {
        QStringList names;
        for (qint64 id : row.duplicateOf)
            names << customerName(id);
        reasons << tr("already in the vault as %1").arg(names.join(u"; "_s));
    }
    const QString text = reasons.join(u" · "_s);
    return row.willImport() ? tr("Will import (possible duplicate: %1)").arg(text) : tr("Skipped: %1").arg(text);
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!m_import || !index.isValid() || index.row() >= m_import->rows().size())
        return {};
    const custos::ImportRow& row = m_import->rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case StatusColumn:
            return statusText(row);
        case NameColumn:
            return row.draft.name;
        case PhoneColumn:
            return row.draft.phone;
        case PostalCodeColumn:
            return row.draft.postalCode;
        case CityColumn:
            return row.draft.city;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && !row.willImport())
            return QBrush(row.isValid() ? QColor(0x8a, 0x5a, 0x00) : QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case WillImportRole:
        return row.willImport();
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case PostalCodeColumn:
        return tr("Postcode");
    case CityColumn:
        return tr("City");
    }
    return {};
}

} // namespace custos::ui
