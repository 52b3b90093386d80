namespace DocumentUploads.SimulatorKit.Uploads;

/// <summary>A simulator's in-memory record of the uploads it accepted, by the id it handed out;
/// what <see cref="RecordedUploadEndpoints"/> shows and clears.</summary>
public interface IRecordedUploads<in TId, out TRecord> where TRecord : class
{
    TRecord? Find(TId id);

    void Clear();
}
