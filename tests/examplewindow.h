// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/filedialog.h"
#include "common/messagebox.h"
#include "document/statementdocument.h"
#include "session/settings.h"
#include "testhelpers.h"
#include "window/mainwindow.h"

#include <QSize>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Shared by the GUI tests that work in the whole window.

namespace yttra::test {

/// The main window on the built-in example, with settings and a recovery folder of its own,
/// the user's name set and the dialogs in test mode. A test class derives from it, opens
/// the window in init() and closes it in cleanup().
class ExampleWindow
{
protected:
    /// Opens the window; the test has failed when it could not.
    void openExampleWindow(const QString &userName, QSize size)
    {
        MessageBox::setTestMode(true);
        FileDialog::setTestMode(true);
        MessageBox::clearLastMessage();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = Settings::createTemporary();
        YTTRA_VERIFY_OK(m_settings->setValue(Settings::PreviewVisible, false));
        YTTRA_VERIFY_OK(m_settings->setValue(Settings::ReviewerName, userName));
        m_window = std::make_unique<MainWindow>(m_settings.get(), m_dir->filePath(QStringLiteral("recovery")));
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openExample();
    }

    /// Closes the window without asking to save, after checking that no pre-answered
    /// message was left unasked.
    void closeExampleWindow()
    {
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        if (m_window && m_window->document())
            m_window->document()->undoStack()->setClean();
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace yttra::test
