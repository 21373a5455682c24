#include "orders/OrderLinesModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

namespace custos::ui {
namespace {

quint64 cellKey(int row, int column)
{
    return (quint64(row) << 8) | quint64(column);
}

} // namespace

class OrderLinesModel::EditCommand : public QUndoCommand
{
public:
    EditCommand(OrderLinesModel* model, int row, int column, QVariant value)
        : m_model(model), m_row(row), m_column(column), m_before(model->cellValue(row, column)),
          m_after(std::move(value))
    {
        setText(OrderLinesModel::tr("Edit line %1").arg(row + 1));
    }
    void redo() override { m_model->applyCell(m_row, m_column, m_after); }
    void undo() override { m_model->applyCell(m_row, m_column, m_before); }

private:
    OrderLinesModel* m_model;
    int m_row;
    int m_column;
    QVariant m_before;
    QVariant m_after;
};

class OrderLinesModel::InsertCommand : public QUndoCommand
{
public:
    InsertCommand(OrderLinesModel* model, int row) : m_model(model), m_row(row)
    {
        setText(OrderLinesModel::tr("Add line %1").arg(row + 1));
    }
    void redo() override { m_model->applyInsert(m_row, Row{}); }
    void undo() override { m_model->applyRemove(m_row); }

private:
    OrderLinesModel* m_model;
    int m_row;
};

class OrderLinesModel::RemoveCommand : public QUndoCommand
{
public:
    RemoveCommand(OrderLinesModel* model, int row) : m_model(model), m_row(row)
    {
        setText(OrderLinesModel::tr("Remove line %1").arg(row + 1));
    }
    void redo() override { m_removed = m_model->applyRemove(m_row); }
    void undo() override { m_model->applyInsert(m_row, m_removed); }

private:
    OrderLinesModel* m_model;
    int m_row;
    Row m_removed;
};

OrderLinesModel::OrderLinesModel(QObject* parent) : QAbstractTableModel(parent), m_undo(new QUndoStack(this))
{
    m_rows.append(Row{});
}

OrderLinesModel::~OrderLinesModel()
{
    // The stack's commands point back here: clear it while the model is still whole.
    m_undo->clear();
}

int OrderLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const QString problem = m_problems.value(cellKey(index.row(), index.column()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DescriptionColumn:
            return row.description;
        case QuantityColumn:
            return row.isBlank() ? QString() : QLocale().toString(row.quantity);
        case UnitPriceColumn:
            return row.price ? row.price->toString() : row.priceText;
        case AmountColumn: {
            if (!row.price)
                return QString();
            auto amount = Money::times(*row.price, row.quantity);
            return amount ? amount->toString() : QString();
        }
        }
        break;
    case Qt::EditRole:
        return cellValue(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == DescriptionColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!problem.isEmpty())
            return problem;
        break;
    case Qt::BackgroundRole:
        if (!problem.isEmpty())
            return QBrush(QColor(0xfd, 0xe7, 0xe5));
        break;
    case Qt::ForegroundRole:
        if (index.column() == AmountColumn)
            return QBrush(QColor(0x55, 0x55, 0x55));
        if (index.column() == UnitPriceColumn && !row.price && !row.priceText.isEmpty())
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        break;
    }
    return {};
}

QVariant OrderLinesModel::cellValue(int row, int column) const
{
    const Row& r = m_rows.at(row);
    switch (column) {
    case DescriptionColumn:
        return r.description;
    case QuantityColumn:
        return r.quantity;
    case UnitPriceColumn:
        return r.price ? r.price->toString() : r.priceText;
    }
    return {};
}

bool OrderLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() == AmountColumn)
        return false;
    QVariant stored = value;
    if (index.column() == QuantityColumn) {
        bool ok = false;
        const qint64 quantity = value.toLongLong(&ok);
        if (!ok)
            return false;
        stored = quantity;
    } else {
        stored = value.toString();
    }
    if (stored == cellValue(index.row(), index.column()))
        return true;
    m_undo->push(new EditCommand(this, index.row(), index.column(), stored));
    return true;
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != AmountColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::TextAlignmentRole && orientation == Qt::Horizontal)
        return section == DescriptionColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Unit price");
    case AmountColumn:
        return tr("Amount");
    }
    return {};
}

void OrderLinesModel::setPriceText(Row& row, const QString& text) const
{
    row.priceText = text.trimmed();
    row.price.reset();
    if (row.priceText.isEmpty())
        return;
    if (auto parsed = Money::parse(row.priceText); parsed.ok())
        row.price = parsed.value();
}

void OrderLinesModel::applyCell(int row, int column, const QVariant& value)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row& r = m_rows[row];
    if (column == DescriptionColumn)
        r.description = value.toString();
    else if (column == QuantityColumn)
        r.quantity = value.toLongLong();
    else if (column == UnitPriceColumn)
        setPriceText(r, value.toString());
    // The problem shown on this cell was about the old value.
    m_problems.remove(cellKey(row, column));
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit linesChanged();
}

void OrderLinesModel::applyInsert(int row, const Row& line)
{
    row = qBound(0, row, int(m_rows.size()));
    beginInsertRows({}, row, row);
    m_rows.insert(row, line);
    m_problems.clear();
    endInsertRows();
    emit linesChanged();
}

OrderLinesModel::Row OrderLinesModel::applyRemove(int row)
{
    if (row < 0 || row >= m_rows.size())
        return {};
    beginRemoveRows({}, row, row);
    Row removed = m_rows.takeAt(row);
    m_problems.clear();
    endRemoveRows();
    emit linesChanged();
    return removed;
}

void OrderLinesModel::insertLine(int row)
{
    m_undo->push(new InsertCommand(this, qBound(0, row, int(m_rows.size()))));
}

void OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    if (m_rows.size() > 1) {
        m_undo->push(new RemoveCommand(this, row));
        return;
    }
    // The last row: removed and replaced by an empty one, in one undo step (always a row to type into).
    m_undo->beginMacro(tr("Remove line %1").arg(row + 1));
    m_undo->push(new RemoveCommand(this, row));
    m_undo->push(new InsertCommand(this, 0));
    m_undo->endMacro();
}

void OrderLinesModel::reset()
{
    m_undo->clear();
    beginResetModel();
    m_rows = {Row{}};
    m_problems.clear();
    endResetModel();
    emit linesChanged();
}

QList<int> OrderLinesModel::lineRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i)
        if (!m_rows.at(i).isBlank())
            rows << i;
    return rows;
}

QList<OrderLine> OrderLinesModel::lines() const
{
    QList<OrderLine> out;
    for (int row : lineRows()) {
        const Row& r = m_rows.at(row);
        out << OrderLine{r.description, r.quantity, r.price.value_or(Money())};
    }
    return out;
}

bool OrderLinesModel::hasInput() const
{
    return !lineRows().isEmpty();
}

OrderProblems OrderLinesModel::priceProblems() const
{
    OrderProblems problems;
    const QList<int> rows = lineRows();
    for (int line = 0; line < rows.size(); ++line) {
        const Row& r = m_rows.at(rows.at(line));
        if (r.priceText.isEmpty())
            problems << OrderProblem{OrderField::LineUnitPrice, line, tr("Enter the unit price.")};
        else if (!r.price)
            problems << OrderProblem{OrderField::LineUnitPrice, line, Money::parse(r.priceText).errorMessage()};
    }
    return problems;
}

void OrderLinesModel::setProblems(const OrderProblems& problems)
{
    m_problems.clear();
    const QList<int> rows = lineRows();
    for (const OrderProblem& p : problems) {
        if (p.line < 0 || p.line >= rows.size())
            continue;
        const int column = p.field == OrderField::LineDescription ? DescriptionColumn
                           : p.field == OrderField::LineQuantity  ? QuantityColumn
                                                                  : UnitPriceColumn;
        m_problems.insert(cellKey(rows.at(p.line), column), p.message);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace custos::ui
