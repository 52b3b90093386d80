using DocumentUploads.NotifySim;

var app = NotifySimApp.Build(args);
app.Run();
