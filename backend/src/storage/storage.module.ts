import { Global, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { FileStorage } from './file-storage';
import { StreamedUploads } from './streamed-uploads';

/**
 * FileStorage for every module, and every FileInterceptor's uploads
 * streamed into it: the multer options are registered once here, and the
 * routes add only their limits (conversations/file-upload.ts).
 */
@Global()
@Module({
  imports: [MulterModule.registerAsync({ useFactory: (storage: FileStorage) => ({ storage: new StreamedUploads(storage) }), inject: [FileStorage] })],
  providers: [FileStorage],
  exports: [FileStorage, MulterModule],
})
export class StorageModule {}
