/// `emit --check`: a short summary of how a committed output differs from a fresh one.
enum DriftReport {
    static func summary(path: String, committed: String, fresh: String) -> String? {
        if committed == fresh { return nil }
        let old = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let new = fresh.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(old.count, new.count)
        var report = "\(path) is out of date: first difference at line \(firstDifference + 1)"
        report += " (\(old.count) lines committed, \(new.count) emitted)\n"
        if firstDifference < old.count { report += "- \(old[firstDifference].prefix(120))\n" }
        if firstDifference < new.count { report += "+ \(new[firstDifference].prefix(120))\n" }
        report += "run the same command without --check to update it\n"
        return report
    }
}
