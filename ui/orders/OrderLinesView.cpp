#include "orders/OrderLinesView.h"

#include "domain/Order.h"
#include "orders/OrderLinesModel.h"

#include <QAction>
#include <QFocusEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QPalette>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

// Editors with the limits of an order line, so a clerk cannot type what would be refused later.
class LineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        switch (index.column()) {
        case OrderLinesModel::DescriptionColumn: {
            auto* edit = new QLineEdit(parent);
            edit->setObjectName(u"lineDescriptionEditor"_s);
            edit->setMaxLength(OrderDraft::kMaxDescription);
            edit->setFrame(false);
            return edit;
        }
        case OrderLinesModel::QuantityColumn: {
            auto* spin = new QSpinBox(parent);
            spin->setObjectName(u"lineQuantityEditor"_s);
            spin->setRange(1, int(OrderDraft::kMaxQuantity));
            spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
            spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            spin->setFrame(false);
            return spin;
        }
        case OrderLinesModel::UnitPriceColumn: {
            auto* edit = new QLineEdit(parent);
            edit->setObjectName(u"linePriceEditor"_s);
            edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            edit->setFrame(false);
            // Digits with group separators and at most two decimals; Money::parse has the last word.
            static const QRegularExpression pattern(u"^[0-9 ,.\\x{00a0}\\x{202f}']{0,20}$"_s);
            edit->setValidator(new QRegularExpressionValidator(pattern, edit));
            return edit;
        }
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
};

} // namespace

OrderLinesView::OrderLinesView(OrderLinesModel* model, QWidget* parent) : QTableView(parent), m_model(model)
{
    setObjectName(u"linesTable"_s);
    setModel(model);
    setItemDelegate(new LineDelegate(this));
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView* header = horizontalHeader();
    header->setSectionResizeMode(OrderLinesModel::DescriptionColumn, QHeaderView::Stretch);
    for (int column : {int(OrderLinesModel::QuantityColumn), int(OrderLinesModel::UnitPriceColumn),
                       int(OrderLinesModel::AmountColumn)}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, column == OrderLinesModel::QuantityColumn ? 70 : 110);
    }
    header->setHighlightSections(false);
    // Once the focus has moved on to the card, the last cell should not look selected.
    QPalette quiet = palette();
    quiet.setColor(QPalette::Inactive, QPalette::Highlight, quiet.color(QPalette::Active, QPalette::AlternateBase));
    quiet.setColor(QPalette::Inactive, QPalette::HighlightedText, quiet.color(QPalette::Active, QPalette::Text));
    setPalette(quiet);

    m_addLine = new QAction(tr("Add line"), this);
    m_addLine->setObjectName(u"addLineAction"_s);
    m_addLine->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return),
                             QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_addLine->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addLine, &QAction::triggered, this, &OrderLinesView::addLine);

    m_removeLine = new QAction(tr("Remove line"), this);
    m_removeLine->setObjectName(u"removeLineAction"_s);
    m_removeLine->setShortcut(QKeySequence(Qt::Key_Delete));
    m_removeLine->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeLine, &QAction::triggered, this, &OrderLinesView::removeCurrentLine);

    // Line edits (cells) keep their own Ctrl+Z while editing; these undo whole cell changes.
    m_undo = model->undoStack()->createUndoAction(this, tr("Undo"));
    m_undo->setObjectName(u"undoLineAction"_s);
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo = model->undoStack()->createRedoAction(this, tr("Redo"));
    m_redo->setObjectName(u"redoLineAction"_s);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_addLine, m_removeLine, m_undo, m_redo});
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void OrderLinesView::commitEditing()
{
    const QModelIndex current = currentIndex();
    if (state() != QAbstractItemView::EditingState || !current.isValid())
        return;
    // indexWidget() also answers the open editor of a cell.
    if (QWidget* editor = indexWidget(current)) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void OrderLinesView::addLine()
{
    commitEditing();
    const int row = currentIndex().isValid() ? currentIndex().row() + 1 : m_model->rowCount();
    m_model->insertLine(row);
    focusCell(row, OrderLinesModel::DescriptionColumn);
}

void OrderLinesView::removeCurrentLine()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    m_model->removeLine(current.row());
    focusCell(qMin(current.row(), m_model->rowCount() - 1), current.column());
}

void OrderLinesView::focusCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    setCurrentIndex(index);
    scrollTo(index);
    setFocus(Qt::OtherFocusReason);
}

bool OrderLinesView::isLastCell(const QModelIndex& index) const
{
    return index.row() == m_model->rowCount() - 1 && index.column() >= OrderLinesModel::UnitPriceColumn;
}

bool OrderLinesView::isFirstCell(const QModelIndex& index) const
{
    return index.row() == 0 && index.column() == OrderLinesModel::DescriptionColumn;
}

QModelIndex OrderLinesView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (current.isValid()) {
        // The amount is worked out, not typed: Tab skips it, and the ends of the table let go of the focus.
        if (cursorAction == MoveNext) {
            if (isLastCell(current))
                return {};
            if (current.column() >= OrderLinesModel::UnitPriceColumn)
                return m_model->index(current.row() + 1, OrderLinesModel::DescriptionColumn);
        } else if (cursorAction == MovePrevious) {
            if (isFirstCell(current))
                return {};
            if (current.column() == OrderLinesModel::DescriptionColumn)
                return m_model->index(current.row() - 1, OrderLinesModel::UnitPriceColumn);
        }
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void OrderLinesView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QModelIndex current = currentIndex();
    const bool leaveForward = hint == QAbstractItemDelegate::EditNextItem && isLastCell(current);
    const bool leaveBack = hint == QAbstractItemDelegate::EditPreviousItem && isFirstCell(current);
    QTableView::closeEditor(editor, leaveForward || leaveBack ? QAbstractItemDelegate::NoHint : hint);
    // Tab out of the last price goes on to the next field, as from any other field.
    if (leaveForward)
        focusNextChild();
    else if (leaveBack)
        focusPreviousChild();
}

void OrderLinesView::focusInEvent(QFocusEvent* event)
{
    QTableView::focusInEvent(event);
    const QModelIndex current = currentIndex();
    if (event->reason() == Qt::TabFocusReason && (!current.isValid() || !m_model->hasInput()))
        setCurrentIndex(m_model->index(0, OrderLinesModel::DescriptionColumn));
    else if (event->reason() == Qt::BacktabFocusReason && !current.isValid())
        setCurrentIndex(m_model->index(m_model->rowCount() - 1, OrderLinesModel::UnitPriceColumn));
}

} // namespace custos::ui
