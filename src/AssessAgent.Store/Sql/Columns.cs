using System.Data.Common;

namespace AssessAgent.Store.Sql;

/// <summary>Reads columns the same way on both backends, whose integer and date types differ.</summary>
internal static class Columns
{
    public static string? NullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int Int(this DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal));

    public static int? NullableInt(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.Int(ordinal);

    public static long? NullableLong(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToInt64(reader.GetValue(ordinal));

    public static double Double(this DbDataReader reader, int ordinal) => Convert.ToDouble(reader.GetValue(ordinal));

    public static double? NullableDouble(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.Double(ordinal);

    public static DateOnly Date(this DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    public static DateOnly? NullableDate(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.Date(ordinal);

    public static DateTimeOffset Timestamp(this DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static TimeSpan? Milliseconds(this DbDataReader reader, int ordinal) =>
        reader.NullableLong(ordinal) is { } milliseconds ? TimeSpan.FromMilliseconds(milliseconds) : null;

    public static TEnum Enum<TEnum>(this DbDataReader reader, int ordinal)
        where TEnum : struct, Enum =>
        System.Enum.Parse<TEnum>(reader.GetString(ordinal));
}
