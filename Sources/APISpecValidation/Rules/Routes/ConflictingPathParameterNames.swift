import APISpecCore

struct ConflictingPathParameterNames: SharingRule {
    let id = "conflicting-path-parameter-names"
    let severity = Diagnostic.Severity.error
    let summary = "On a REST API, two routes name the same path position's parameter differently."
    let explanation = """
        A REST API stores paths as a tree of resources, and a resource may have
        only one child that is a path parameter. `GET /pets/{id}` and
        `DELETE /pets/{petId}/photos` need two different parameter children of
        `/pets`, which API Gateway refuses ("a sibling of this resource already
        has a variable path part"). Use one name for the parameter at that
        position in every route.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              getPet: {runtime: python3.12, handler: app.get}
              deletePhotos: {runtime: python3.12, handler: app.delete_photos}
            routes:
              GET /pets/{id}: {function: getPet, auth: none}
              ↓DELETE /pets/{petId}/photos: {function: deletePhotos, auth: iam}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              getPet: {runtime: python3.12, handler: app.get}
              deletePhotos: {runtime: python3.12, handler: app.delete_photos}
            routes:
              GET /pets/{petId}: {function: getPet, auth: none}
              DELETE /pets/{petId}/photos: {function: deletePhotos, auth: iam}
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol == .rest else { return }
        let routes = spec.checkedRoutes
        // Same method and shape is `duplicate-route`'s finding.
        let duplicates = Set(shared.value(of: DuplicateRoutes.self, for: spec).map(\.index))
        let paths = shared.value(of: PathRuns.self, for: spec)
        // Each path read in place: a copy of a run retains its path.
        let runs = paths.runs
        // Without duplicates, each path was judged for the first of its routes as they were read
        // (`PathRuns`), and what it met is what each of them meets.
        if duplicates.isEmpty, let judged = paths.parameterConflicts {
            for (run, met) in judged {
                for index in runs[run].routes {
                    report.append(conflict(routes[index], met.segment, routes[met.first.route], met.first.segment))
                }
            }
            return
        }
        var names = ParameterNames(capacity: runs.count)
        for run in runs.indices {
            // Judged for the run's first route that is no duplicate, and what it met is what each
            // of them meets.
            var found: ParameterNames.Conflict??
            for index in runs[run].routes where duplicates.isEmpty || !duplicates.contains(index) {
                if found == nil { found = names.firstConflict(in: runs[run].segments, of: index) }
                guard let met = found ?? nil else { break }
                report.append(conflict(routes[index], met.segment, routes[met.first.route], met.first.segment))
            }
        }
    }

    private func conflict(
        _ route: Route, _ segment: RoutePath.Segment, _ first: Route, _ firstSegment: RoutePath.Segment
    ) -> Diagnostic {
        finding(
            "'\(route.key)' names a path parameter `\(segment.text)` where '\(first.key)' has `\(firstSegment.text)`",
            at: route.location,
            hint: "use `\(firstSegment.text)` at this position in every route",
            notes: [Diagnostic.Note("the other name is used here", at: first.location)])
    }
}
