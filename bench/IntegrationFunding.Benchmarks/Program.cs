using IntegrationFunding.Benchmarks;

return args switch
{
    ["corpus", var path, ..] => await CorpusCommand.RunAsync(path, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000),
    ["search", var path, ..] => await SearchTimingCommand.RunAsync(path),
    ["index", var path, ..] => await IndexTimingCommand.RunAsync(path),
    ["change", var path, var word, ..] => await ChangeCommand.RunAsync(path, word),
    ["match", var path, ..] => await MatchingTimingCommand.RunAsync(path),
    ["match-dump", var path, var output, ..] => await MatchDumpCommand.RunAsync(path, output),
    ["register", var path, ..] => await RegisterTimingCommand.RunAsync(path, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: corpus <database-path> [count] | search <database-path> | index <database-path> | change <database-path> <word> | match <database-path> | match-dump <database-path> <output.jsonl> | register <database-path> [rounds]");
    return 2;
}
