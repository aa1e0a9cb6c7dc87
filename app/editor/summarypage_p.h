// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editorpage.h"

#include <memory>

namespace Ui {
class SummaryPage;
}

namespace yttra {

/// The summarising answer (Sammanfattning) and the reading guide (Läsanvisningar).
class SummaryPage : public EditorPage
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget *parent = nullptr);
    ~SummaryPage() override;

private:
    std::unique_ptr<Ui::SummaryPage> m_ui;
};

} // namespace yttra
