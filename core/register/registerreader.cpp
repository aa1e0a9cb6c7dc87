// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/registerreader.h"

#include "format/statementfile.h"
#include "register/registercache_p.h"
#include "register/registersource_p.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

using Stamp = RegisterCache::Stamp;

Stamp stampOf(const QFileInfo &info)
{
    return { info.size(), info.lastModified().toMSecsSinceEpoch() };
}

/// A statement file found in the tree.
struct FoundFile {
    QString relative;
    QString absolute;
    Stamp stamp;
};

/// Walks the folder tree: every *.yttrande file once, folders that cannot be read listed as
/// problems. Links are followed after everything else, so a statement or folder reached both
/// directly and through a link is listed under its own path, and a link that leads back to a
/// folder it is in, or to one read already, is listed and not followed: the walk ends.
class TreeWalk {
public:
    QList<FoundFile> files;
    QList<RegisterProblem> problems;

    void walkAll(const QString &absolute, const QString &canonical)
    {
        walk(absolute, QString(), canonical);
        while (!m_links.isEmpty()) {
            const auto [info, relative, parentCanonical] = m_links.takeFirst();
            if (info.isDir())
                folder(info, relative, info.canonicalFilePath(), parentCanonical);
            else
                file(info, relative, info.canonicalFilePath());
        }
    }

private:
    struct Link {
        QFileInfo info;
        QString relative;
        QString parentCanonical;
    };

    void walk(const QString &absolute, const QString &relative, const QString &canonical)
    {
        m_seenFolders.insert(canonical, relative);
        const QFileInfoList entries
            = QDir(absolute).entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &info : entries) {
            const QString childRelative = relative.isEmpty() ? info.fileName() : relative + u'/' + info.fileName();
            if (!info.isDir() && !isStatement(info))
                continue;
            if (info.isSymLink())
                m_links.append({ info, childRelative, canonical });
            else if (info.isDir())
                folder(info, childRelative, canonical + u'/' + info.fileName(), canonical);
            else
                file(info, childRelative, canonical + u'/' + info.fileName());
        }
    }

    static bool isStatement(const QFileInfo &info)
    {
        return info.isFile() && info.fileName().endsWith(u".yttrande"_s, Qt::CaseInsensitive);
    }

    void folder(
        const QFileInfo &info, const QString &relative, const QString &canonical, const QString &parentCanonical)
    {
        if (canonical.isEmpty())
            return; // a link to nothing: nothing to read there
        if (parentCanonical == canonical || parentCanonical.startsWith(canonical + u'/')) {
            problems.append({ RegisterProblem::Kind::LinkLoop, relative, QString(),
                RegisterReader::tr("is a link back to a folder it is in (%1); not followed, so the reading ends")
                    .arg(displayPath(m_seenFolders.value(canonical))) });
            return;
        }
        if (const auto seen = m_seenFolders.constFind(canonical); seen != m_seenFolders.cend()) {
            problems.append({ RegisterProblem::Kind::LinkLoop, relative, QString(),
                RegisterReader::tr("is the same folder as %1, which is read there; not read twice")
                    .arg(displayPath(*seen)) });
            return;
        }
        // Listing needs both: a folder readable but not searchable lists names it cannot open.
        if (!info.isReadable() || !info.isExecutable()) {
            problems.append({ RegisterProblem::Kind::FolderUnreadable, relative, QString(),
                RegisterReader::tr("the folder cannot be read (no permission); the statements in it are missing "
                                   "from the register") });
            return;
        }
        walk(info.absoluteFilePath(), relative, canonical);
    }

    void file(const QFileInfo &info, const QString &relative, const QString &canonical)
    {
        if (canonical.isEmpty() || m_seenFiles.contains(canonical))
            return; // a link to a statement listed already: one statement, one row
        m_seenFiles.insert(canonical);
        files.append({ relative, info.absoluteFilePath(), stampOf(info) });
    }

    static QString displayPath(const QString &relative)
    {
        return relative.isEmpty() ? RegisterReader::tr("the folder read") : relative;
    }

    QHash<QString, QString> m_seenFolders; // canonical path -> relative path
    QSet<QString> m_seenFiles; // canonical paths
    QList<Link> m_links; // followed once the real folders are read
};

/// What reading one file came to.
struct FileOutcome {
    std::optional<RegisterSource> source; // none: the problem says why
    RegisterProblem problem;
    Stamp stamp; // of the bytes read
    bool cacheable = false; // the outcome follows from the file's bytes alone
};

FileOutcome readFile(const FoundFile &found, const RegisterReader::Options &options)
{
    FileOutcome outcome;
    auto fail = [&](RegisterProblem::Kind kind, const QString &reason) {
        outcome.problem = { kind, found.relative, QString(), reason };
        return outcome;
    };
    Stamp before = found.stamp;
    auto tooLarge = [&](Stamp stamp) {
        outcome.stamp = stamp;
        outcome.cacheable = true;
        outcome.source = RegisterSource::invalid(QString(),
            RegisterReader::tr("is larger than %1 MB; statement files that large are refused")
                .arg(StatementFile::maxSize / (1024 * 1024)));
        return outcome;
    };
    // Refused unread, as StatementFile does: no real statement comes near the limit.
    if (before.size > StatementFile::maxSize)
        return tooLarge(before);
    // A file being saved by someone else changes under us: read again once, then say so.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile file(found.absolute);
        if (!file.open(QIODevice::ReadOnly))
            return fail(RegisterProblem::Kind::FileUnreadable,
                RegisterReader::tr("cannot be read: %1").arg(file.errorString()));
        const QByteArray bytes = file.read(StatementFile::maxSize + 1);
        if (file.error() != QFileDevice::NoError)
            return fail(RegisterProblem::Kind::FileUnreadable,
                RegisterReader::tr("cannot be read: %1").arg(file.errorString()));
        file.close();
        if (options.afterReadingFile)
            options.afterReadingFile(found.absolute);
        const Stamp after = stampOf(QFileInfo(found.absolute));
        // Fewer bytes than the size: cut short while read (more are never read past the limit).
        if (after != before || bytes.size() != std::min(after.size, StatementFile::maxSize + 1)) {
            before = after;
            continue;
        }
        if (bytes.size() > StatementFile::maxSize)
            return tooLarge(after);
        outcome.stamp = after;
        outcome.cacheable = true;
        auto read = StatementFile::fromBytes(bytes, found.relative);
        outcome.source = read ? RegisterSource::fromRead(read.value())
                              : RegisterSource::invalid(read.error().location, read.error().message);
        return outcome;
    }
    return fail(RegisterProblem::Kind::Changed,
        RegisterReader::tr(
            "changed while it was being read, twice; left out of this register, read the folder again when "
            "it is no longer being saved"));
}

/// Reads the files in parallel: each worker takes the next file until none is left.
QList<FileOutcome> readFiles(const QList<FoundFile> &files, const RegisterReader::Options &options)
{
    QList<FileOutcome> outcomes(files.size());
    std::atomic<qsizetype> next = 0;
    auto work = [&] {
        for (qsizetype i = next++; i < files.size(); i = next++)
            outcomes[i] = readFile(files.at(i), options);
    };
    const int threads
        = std::min<qsizetype>(options.threads > 0 ? options.threads : QThread::idealThreadCount(), files.size());
    if (threads <= 1) {
        work();
        return outcomes;
    }
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int t = 0; t < threads; ++t)
        pool.start(work);
    pool.waitForDone();
    return outcomes;
}

QString normalised(const QString &s)
{
    return s.simplified().toCaseFolded();
}

/// A statement file that could be used.
struct Used {
    QString path;
    const Statement *statement = nullptr;
};

/// A first statement (or, with none found, a follow-up) and the follow-up whose entries it gets.
struct Group {
    const Used *first = nullptr;
    const Used *followUp = nullptr;
};

RegisterEntry::PromisedMeasure promised(const Measure &m)
{
    return { m.id, m.title, m.owner, m.deadline, m.status, m.caseReference, m.comment };
}

QDate followUpDueOf(const Statement &first, int months)
{
    if (Statement::isValidDate(first.period.to))
        return QDate::fromString(first.period.to, Qt::ISODate);
    if (Statement::isValidDate(first.date))
        return QDate::fromString(first.date, Qt::ISODate).addMonths(months);
    return {};
}

/// The entries of one group: the first statement's items in its order, each with the
/// follow-up's item of the same id (or kind and number), then items only the follow-up has.
QList<RegisterEntry> entriesOf(const Group &group, const RegisterReader::Options &options, QDate today)
{
    const Statement *first = group.first ? group.first->statement : nullptr;
    const Statement *followUp = group.followUp ? group.followUp->statement : nullptr;
    const Statement &main = first ? *first : *followUp;

    RegisterEntry base;
    base.firstFile = group.first ? group.first->path : QString();
    base.followUpFile = group.followUp ? group.followUp->path : QString();
    base.auditTitle = main.audit.title;
    base.auditReference = main.audit.reference;
    base.board = main.board;
    if (first) {
        base.statementDate = first->date;
        base.followUpDue = followUpDueOf(*first, options.followUpMonths);
        base.firstStatementDue = QDate::fromString(first->dueDate, Qt::ISODate);
    }
    if (followUp)
        base.followUpStatementDue = QDate::fromString(followUp->dueDate, Qt::ISODate);
    base.judgedOn = today;

    auto findInFollowUp = [&](const Item &item) -> const Item * {
        if (!followUp)
            return nullptr;
        if (const qsizetype i = followUp->indexOfItem(item.id); i >= 0)
            return &followUp->items.at(i);
        if (item.number.isEmpty())
            return nullptr;
        for (const Item &other : followUp->items) {
            if (other.kind == item.kind && other.number == item.number)
                return &other;
        }
        return nullptr;
    };

    auto entry = [&](const Item *firstItem, const Item *followUpItem) {
        RegisterEntry e = base;
        const Item &item = firstItem ? *firstItem : *followUpItem;
        const Item &latest = followUpItem ? *followUpItem : *firstItem;
        e.itemId = item.id;
        e.itemKind = item.kind;
        e.itemNumber = item.number;
        e.itemText = item.text;
        e.itemDeadline = latest.response.deadline.isNone() ? item.response.deadline : latest.response.deadline;
        e.notOurs = latest.response.notOurs;
        if (followUpItem) {
            e.actionsTaken = followUpItem->response.actionsTaken;
            e.effectAchieved = followUpItem->response.effectAchieved;
        }
        // Each measure as last reported: the follow-up's version when it has the measure.
        QSet<QString> listed;
        if (followUpItem) {
            for (const Measure *m : followUp->measuresOfItem(followUpItem->id)) {
                e.measures.append(promised(*m));
                listed.insert(m->id);
            }
        }
        if (firstItem) {
            for (const Measure *m : first->measuresOfItem(firstItem->id)) {
                if (listed.contains(m->id))
                    continue;
                const qsizetype later = followUp ? followUp->indexOfMeasure(m->id) : -1;
                e.measures.append(promised(later >= 0 ? followUp->measures.at(later) : *m));
                listed.insert(m->id);
            }
        }
        e.state = RegisterStateRules::judge(e, today);
        return e;
    };

    QList<RegisterEntry> entries;
    QSet<const Item *> answered;
    if (first) {
        for (const Item &item : first->items) {
            const Item *later = findInFollowUp(item);
            if (later)
                answered.insert(later);
            entries.append(entry(&item, later));
        }
    }
    if (followUp) {
        for (const Item &item : followUp->items) {
            if (!answered.contains(&item))
                entries.append(entry(nullptr, &item));
        }
    }
    return entries;
}

/// The newer of two follow-ups of the same first statement: by date, then period end, then path.
bool isLater(const Used &a, const Used &b)
{
    const Statement &x = *a.statement;
    const Statement &y = *b.statement;
    if (x.date != y.date)
        return x.date > y.date;
    if (x.period.to != y.period.to)
        return x.period.to > y.period.to;
    return a.path > b.path;
}

/// The path as the file system resolves it, for a path that may not exist yet: its nearest
/// existing folder resolved (links and all), the rest as given.
QString canonicalOfNearest(const QString &absolute)
{
    QString existing = absolute;
    QString rest;
    while (!QFileInfo::exists(existing)) {
        const QFileInfo info(existing);
        const QString parent = info.path();
        if (parent == existing)
            return absolute;
        rest = rest.isEmpty() ? info.fileName() : info.fileName() + u'/' + rest;
        existing = parent;
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    return rest.isEmpty() ? canonical : canonical + u'/' + rest;
}

} // namespace

QString RegisterReader::defaultCacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/register"_s;
}

QString RegisterReader::cacheFile(const QString &folder, const QString &cacheFolder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex();
    return cacheFolder + u'/' + QString::fromLatin1(hash) + u".cbor"_s;
}

Result<Register, FileError> RegisterReader::read(const QString &folder, const Options &options)
{
    const QFileInfo rootInfo(folder);
    const QString absolute = QDir::cleanPath(rootInfo.absoluteFilePath());
    auto failure = [&](const QString &message) {
        return Result<Register, FileError>::failure({ FileError::Kind::CannotRead, folder, QString(), message });
    };
    if (!rootInfo.exists())
        return failure(tr("no such folder"));
    if (!rootInfo.isDir())
        return failure(tr("is not a folder"));
    if (!rootInfo.isReadable() || !rootInfo.isExecutable())
        return failure(tr("the folder cannot be read (no permission)"));
    const QString canonical = rootInfo.canonicalFilePath();

    Register result;
    result.folder = absolute;
    result.judgedOn = options.today.isValid() ? options.today : QDate::currentDate();

    TreeWalk walk;
    walk.walkAll(absolute, canonical);
    result.problems = walk.problems;

    // The cache lives outside the folder read: a cache folder inside it is not used at all.
    const QString cacheFolder = QDir::cleanPath(
        QFileInfo(options.cacheFolder.isEmpty() ? defaultCacheFolder() : options.cacheFolder).absoluteFilePath());
    const QString cacheCanonical = canonicalOfNearest(cacheFolder);
    auto inside = [](const QString &path, const QString &root) { return path == root || path.startsWith(root + u'/'); };
    const bool useCache = options.useCache && !inside(cacheFolder, absolute) && !inside(cacheCanonical, canonical);
    RegisterCache cache(cacheFile(absolute, cacheFolder), absolute);
    if (useCache)
        cache.load();

    // Files the cache knows as they are now are not read again.
    QList<const RegisterSource *> cached(walk.files.size(), nullptr);
    QList<FoundFile> toRead;
    QList<qsizetype> toReadIndex;
    for (qsizetype i = 0; i < walk.files.size(); ++i) {
        const FoundFile &found = walk.files.at(i);
        cached[i] = useCache ? cache.find(found.relative, found.stamp) : nullptr;
        if (!cached[i]) {
            toRead.append(found);
            toReadIndex.append(i);
        }
    }
    const QList<FileOutcome> outcomes = readFiles(toRead, options);

    // Every file's source in the walk's order, and the cache's new contents.
    QList<RegisterSource> sources(walk.files.size());
    QList<bool> present(walk.files.size(), false);
    QHash<QString, std::pair<Stamp, RegisterSource>> keep;
    for (qsizetype i = 0; i < walk.files.size(); ++i) {
        if (cached[i]) {
            sources[i] = *cached[i];
            present[i] = true;
            if (useCache)
                keep.insert(walk.files.at(i).relative, { walk.files.at(i).stamp, *cached[i] });
        }
    }
    for (qsizetype k = 0; k < outcomes.size(); ++k) {
        const FileOutcome &outcome = outcomes.at(k);
        const qsizetype i = toReadIndex.at(k);
        if (!outcome.source) {
            result.problems.append(outcome.problem);
            continue;
        }
        sources[i] = *outcome.source;
        present[i] = true;
        if (useCache && outcome.cacheable)
            keep.insert(walk.files.at(i).relative, { outcome.stamp, *outcome.source });
    }
    if (useCache) {
        cache.replace(std::move(keep));
        (void)cache.save(); // only an optimisation: a cache that cannot be written is none
    }

    QList<Used> firsts;
    QList<Used> followUps;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (!present[i])
            continue;
        const RegisterSource &source = sources.at(i);
        const QString &path = walk.files.at(i).relative;
        switch (source.outcome) {
        case RegisterSource::Outcome::Invalid:
            result.problems.append({ RegisterProblem::Kind::Invalid, path, source.location, source.reason });
            break;
        case RegisterSource::Outcome::NewerFormat:
            // Its members may mean what this version cannot know: listed, not guessed at.
            result.problems.append({ RegisterProblem::Kind::NewerFormat, path, QString(),
                tr("%1 Its items are not in this register.").arg(source.reason) });
            break;
        case RegisterSource::Outcome::Statement:
            (source.statement.kind == StatementKind::First ? firsts : followUps).append({ path, &source.statement });
            break;
        }
    }
    result.statementCount = int(firsts.size() + followUps.size());

    // Join each follow-up to its first statement: the same audit reference and board, or,
    // failing that, the same board and a period starting on the first statement's date.
    auto key
        = [](const Statement &s) -> QString { return normalised(s.audit.reference) + u'\x1f' + normalised(s.board); };
    QHash<QString, QList<qsizetype>> firstsByKey;
    for (qsizetype f = 0; f < firsts.size(); ++f) {
        if (!firsts.at(f).statement->audit.reference.trimmed().isEmpty())
            firstsByKey[key(*firsts.at(f).statement)].append(f);
    }
    struct Candidate {
        qsizetype followUp;
        bool byLink;
    };
    QList<QList<Candidate>> followUpsOf(firsts.size());
    QList<qsizetype> alone;
    for (qsizetype u = 0; u < followUps.size(); ++u) {
        const Statement &later = *followUps.at(u).statement;
        QList<qsizetype> candidates;
        bool byLink = false;
        if (!later.audit.reference.trimmed().isEmpty())
            candidates = firstsByKey.value(key(later));
        if (candidates.isEmpty() && !later.period.from.isEmpty()) {
            byLink = true;
            for (qsizetype f = 0; f < firsts.size(); ++f) {
                const Statement &earlier = *firsts.at(f).statement;
                const QString a = normalised(earlier.audit.reference);
                const QString b = normalised(later.audit.reference);
                if (earlier.date == later.period.from && normalised(earlier.board) == normalised(later.board)
                    && (a.isEmpty() || b.isEmpty() || a == b))
                    candidates.append(f);
            }
        }
        if (candidates.isEmpty()) {
            alone.append(u);
            continue;
        }
        // Several first statements of the same audit and board (a revised copy): the one the
        // follow-up's period starts from, else the latest.
        auto best = std::max_element(candidates.cbegin(), candidates.cend(), [&](qsizetype x, qsizetype y) {
            const Statement &a = *firsts.at(x).statement;
            const Statement &b = *firsts.at(y).statement;
            const bool aLinked = a.date == later.period.from;
            const bool bLinked = b.date == later.period.from;
            if (aLinked != bLinked)
                return bLinked;
            if (a.date != b.date)
                return a.date < b.date;
            return firsts.at(x).path > firsts.at(y).path;
        });
        followUpsOf[*best].append({ u, byLink });
    }

    QList<Group> groups;
    for (qsizetype f = 0; f < firsts.size(); ++f) {
        Group group { &firsts.at(f), nullptr };
        const QList<Candidate> &candidates = followUpsOf.at(f);
        for (const Candidate &c : candidates) {
            if (!group.followUp || isLater(followUps.at(c.followUp), *group.followUp))
                group.followUp = &followUps.at(c.followUp);
        }
        for (const Candidate &c : candidates) {
            const Used &u = followUps.at(c.followUp);
            result.joins.append({ firsts.at(f).path, u.path, c.byLink, &u != group.followUp });
        }
        groups.append(group);
    }
    for (qsizetype u : std::as_const(alone))
        groups.append({ nullptr, &followUps.at(u) });

    auto groupKey = [](const Group &g) {
        const Used &main = g.first ? *g.first : *g.followUp;
        return std::tuple(normalised(main.statement->audit.reference), normalised(main.statement->board),
            main.statement->date, main.path);
    };
    std::sort(groups.begin(), groups.end(), [&](const Group &a, const Group &b) { return groupKey(a) < groupKey(b); });
    for (const Group &group : std::as_const(groups))
        result.entries.append(entriesOf(group, options, result.judgedOn));

    std::sort(result.joins.begin(), result.joins.end(), [](const Register::Join &a, const Register::Join &b) {
        return std::tie(a.firstFile, a.followUpFile) < std::tie(b.firstFile, b.followUpFile);
    });
    std::stable_sort(result.problems.begin(), result.problems.end(),
        [](const RegisterProblem &a, const RegisterProblem &b) { return a.path < b.path; });
    return result;
}

} // namespace yttra
