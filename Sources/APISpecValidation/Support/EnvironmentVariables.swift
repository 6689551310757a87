import APISpecCore

extension ArraySlice<Function> {
    /// Calls `body` with every environment variable of these functions and the function's
    /// index, in order, read in place: `for function in functions` copies each function (a
    /// retain and a release of every setting) and `Function.environment` lists the variables
    /// in a new array, which together cost the environment rules several times their checks.
    func forEachEnvironmentVariable(_ body: (_ function: Int, _ name: String, _ value: Located<String>) -> Void) {
        for index in indices {
            guard let environment = self[index].settings.environment else { continue }
            for (name, value) in environment { body(index, name, value) }
        }
    }
}
