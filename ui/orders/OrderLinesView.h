#pragma once

#include <QTableView>

class QAction;

namespace custos::ui {

class OrderLinesModel;

// The lines table, made for typing: any key starts editing the current cell, Tab walks
// description → quantity → price and on to the next line, and Tab after the last price leaves
// the table (to the card fields) instead of wrapping round. Insert or Ctrl+Enter adds a line,
// Delete removes the current one, Ctrl+Z / Ctrl+Shift+Z undo and redo line edits.
class OrderLinesView : public QTableView
{
    Q_OBJECT
public:
    explicit OrderLinesView(OrderLinesModel* model, QWidget* parent = nullptr);

    QAction* addLineAction() const { return m_addLine; }
    QAction* removeLineAction() const { return m_removeLine; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

    void addLine();
    void removeCurrentLine();
    // Ends any cell editing, keeping what was typed.
    void commitEditing();
    void focusCell(int row, int column);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    bool isLastCell(const QModelIndex& index) const;
    bool isFirstCell(const QModelIndex& index) const;

    OrderLinesModel* m_model;
    QAction* m_addLine = nullptr;
    QAction* m_removeLine = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
};

} // namespace custos::ui
