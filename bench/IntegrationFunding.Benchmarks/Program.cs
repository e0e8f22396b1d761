using IntegrationFunding.Benchmarks;

return args switch
{
    ["corpus", var path, ..] => await CorpusCommand.RunAsync(path, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000),
    ["fts", var path, ..] => await FtsTimingCommand.RunAsync(path),
    ["match", var path, ..] => await MatchingTimingCommand.RunAsync(path),
    ["match-dump", var path, var output, ..] => await MatchDumpCommand.RunAsync(path, output),
    ["register", var path, ..] => await RegisterTimingCommand.RunAsync(path, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: corpus <database-path> [count] | fts <database-path> | match <database-path> | match-dump <database-path> <output.jsonl> | register <database-path> [rounds]");
    return 2;
}
