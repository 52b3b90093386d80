using DocumentUploads.UploadApi;

UploadApiApp.Build(args).Run();
