using DocumentUploads.ChampvaSim;

var app = ChampvaSimApp.Build(args);
app.Run();
