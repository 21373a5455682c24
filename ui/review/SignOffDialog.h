#pragma once

#include "access/AccessReview.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace custos::ui {

// Signs off the access review: what the reviewer confirms, optional notes (at most 2,000
// characters, e.g. "removed Tom's card access, he moved to the warehouse"), then AccessReview::signOff.
class SignOffDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxNotes = 2000;

    SignOffDialog(custos::access::AccessReview& review, int employees, QWidget* parent = nullptr);

    QPlainTextEdit* notesEdit() const { return m_notes; }

signals:
    void signedOff(const custos::access::AccessReviewSignOff& signOff);

public slots:
    void accept() override;

private:
    void updateCount();

    custos::access::AccessReview& m_review;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_signOff = nullptr;
};

} // namespace custos::ui
