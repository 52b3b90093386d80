namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Turns the conditions true now and the active alerts into changes. Pure. An alert is keyed by
/// (monitor, subject): it fires once, stays while its condition holds, and resolves when it no longer does.</summary>
public static class AlertReconciler
{
    public static AlertPlan Reconcile(IReadOnlyList<AlertRecord> active, IReadOnlyList<AlertCondition> conditions)
    {
        // The store allows one active alert per key; if two ever show up, the newest is the one kept.
        var byKey = active.Where(a => a.ResolvedAt is null)
            .GroupBy(a => (a.Monitor, a.Subject))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.FiredAt).ToList());
        var current = conditions.GroupBy(c => (c.Monitor, c.Subject)).ToDictionary(g => g.Key, g => g.First());

        var fire = new List<AlertCondition>();
        var stay = new List<(AlertRecord, AlertCondition)>();
        var resolve = new List<AlertRecord>();
        foreach (var (key, condition) in current)
        {
            if (byKey.TryGetValue(key, out var alerts))
            {
                stay.Add((alerts[0], condition));
                resolve.AddRange(alerts.Skip(1));
            }
            else
            {
                fire.Add(condition);
            }
        }
        resolve.AddRange(byKey.Where(kv => !current.ContainsKey(kv.Key)).SelectMany(kv => kv.Value));
        return new AlertPlan(fire, stay, resolve);
    }
}
