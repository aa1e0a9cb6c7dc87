// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Shared by the fault trials (tst_faulttrials, tst_faulttrialsgui): the fault shim's
// environment, and what a killed or failed save left in its folder.

namespace yttra::test {

/// A child's environment with the untranslated messages the trials check.
inline QProcessEnvironment untranslatedEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

/// The environment that loads the fault shim (tests/faultshim) into a child, affecting the
/// files under `folder` only. `mode` is kill, fail or vanish; see faultshim.cpp for the rest.
inline QProcessEnvironment faultEnvironment(QProcessEnvironment env, const QString &folder, const QString &mode,
                                            long long after, const QString &at = {}, const QString &error = {})
{
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(YTTRA_FAULTSHIM));
    // A sanitizer build wants its runtime first; the shim is uninstrumented and harmless before it.
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) + QStringLiteral("verify_asan_link_order=0"));
    env.insert(QStringLiteral("YTTRA_FAULT_DIR"), QFileInfo(folder).canonicalFilePath());
    env.insert(QStringLiteral("YTTRA_FAULT"), mode);
    env.insert(QStringLiteral("YTTRA_FAULT_AFTER"), QString::number(after));
    if (!at.isEmpty())
        env.insert(QStringLiteral("YTTRA_FAULT_AT"), at);
    if (!error.isEmpty())
        env.insert(QStringLiteral("YTTRA_FAULT_ERRNO"), error);
    return env;
}

/// What a save left in its folder besides the files the trial put there: the temporary files
/// SaveFile names ".NAME.XXXXXXXX.tmp" (hidden, and only left by a kill or a vanished drive),
/// and anything else, which a user might take for their file.
struct Leftovers
{
    QStringList temporary;
    QStringList other;
};

inline Leftovers leftovers(const QString &folder, const QStringList &expected)
{
    Leftovers found;
    const QStringList names = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (expected.contains(name))
            continue;
        bool temporary = false;
        for (const QString &file : expected) {
            if (name.startsWith(QLatin1Char('.') + file + QLatin1Char('.')) && name.endsWith(QStringLiteral(".tmp")))
                temporary = true;
        }
        (temporary ? found.temporary : found.other).append(name);
    }
    return found;
}

inline void removeFiles(const QString &folder, const QStringList &names)
{
    for (const QString &name : names)
        QFile::remove(QDir(folder).filePath(name));
}

} // namespace yttra::test
