using DocumentUploads.LighthouseSim;

var app = LighthouseSimApp.Build(args);
app.Run();
