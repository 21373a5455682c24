#pragma once

#include "domain/Order.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

class QUndoStack;

namespace custos::ui {

// The lines of the order being typed. Every change goes through the undo stack (Ctrl+Z /
// Ctrl+Shift+Z). Prices are kept as typed until they parse, so a mistyped price stays visible
// for correction instead of silently becoming 0. A row left blank is not part of the order.
class OrderLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DescriptionColumn, QuantityColumn, UnitPriceColumn, AmountColumn, ColumnCount };

    explicit OrderLinesModel(QObject* parent = nullptr);
    ~OrderLinesModel() override;

    QUndoStack* undoStack() const { return m_undo; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Undoable. `row` is clamped to 0..rowCount().
    void insertLine(int row);
    void removeLine(int row);
    // One empty row, no undo history, no problems shown.
    void reset();

    // The order lines (blank rows skipped) and, for each, the row it came from.
    QList<OrderLine> lines() const;
    QList<int> lineRows() const;
    bool hasInput() const;
    // Prices that are missing or do not parse, as OrderDraft line problems (indexes into lines()).
    OrderProblems priceProblems() const;
    // Marks cells with problems (red, with the message as tool tip); indexes into lines().
    void setProblems(const OrderProblems& problems);

signals:
    void linesChanged();

private:
    struct Row
    {
        QString description;
        qint64 quantity = 1;
        QString priceText; // as typed
        std::optional<Money> price;
        bool isBlank() const { return description.trimmed().isEmpty() && priceText.trimmed().isEmpty(); }
    };
    class EditCommand;
    class InsertCommand;
    class RemoveCommand;

    QVariant cellValue(int row, int column) const;
    void applyCell(int row, int column, const QVariant& value);
    void applyInsert(int row, const Row& line);
    Row applyRemove(int row);
    void setPriceText(Row& row, const QString& text) const;

    QList<Row> m_rows;
    QUndoStack* m_undo = nullptr;
    QHash<quint64, QString> m_problems; // (row << 8 | column) -> message
};

} // namespace custos::ui
