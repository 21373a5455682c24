#pragma once

#include "reports/ComplianceReports.h"

#include <QString>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace custos {
class Session;
}

namespace custos::ui {

// Owners' compliance reports: pick a report and a date range, export PDF or CSV with FILE.sig.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(custos::Session& session, QWidget* parent = nullptr);
    // Gives the keyboard to the report list (when the page is shown).
    void focusList();

    // Test hook: where the next export writes, without a file dialog.
    void setNextSavePathForTest(const QString& path) { m_nextSavePath = path; }

private:
    reports::ReportKind currentKind() const;
    void updateControls();
    void setLastQuarter();
    void exportAs(reports::ReportFormat format);
    void setMessage(const QString& text, bool error);

    custos::Session& m_session;
    QTreeWidget* m_list = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_quarterButton = nullptr;
    QLabel* m_periodNote = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QLabel* m_result = nullptr;
    QString m_nextSavePath;
};

} // namespace custos::ui
