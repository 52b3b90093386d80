// Each stack test class starts real processes; running them one at a time keeps the 2-core
// machine from starving the timing they assert on.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
